namespace BackOffice.Compliance.Features.Reports;

/// <summary>A frozen report as the archive lists it, with the name of who froze it and where the audit chain stood then.</summary>
internal sealed record FrozenReportRow(
    string Pack, DateOnly From, DateOnly To, string Sha256, DateTimeOffset FrozenAt, string FrozenBy, long ChainSequence, string ChainHash);
