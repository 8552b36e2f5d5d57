namespace BackOffice.Compliance.Domain;

/// <summary>
/// What verification found: how many entries fit, where the chain ends, the first entry that does not (or the first
/// one missing), and every finding in words ("checkpoint of 2026-11-29 says sequence 1234 …; the chain ends at 1200").
/// </summary>
internal sealed record ChainCheck(long EntriesChecked, ChainLink End, long? FirstBrokenSequence, IReadOnlyList<string> Findings)
{
    public bool IsIntact => Findings.Count == 0;

    public string? Problem => Findings.Count == 0 ? null : Findings[0];
}
