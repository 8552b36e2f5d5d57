using System.Globalization;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// A report for a closed period, frozen with its hash and with the audit chain's last sequence and hash at that
/// moment (ADR 5): a printed report is a copy of the chain's head kept outside the database.
/// </summary>
internal sealed class FrozenReport : IChainAnchor
{
    private FrozenReport()
    {
    }

    public FrozenReport(RegulatorReport report, string by, DateTimeOffset at, ChainLink chainHead, AuditKey key)
    {
        Id = Guid.CreateVersion7();
        Pack = report.Pack;
        From = report.From;
        To = report.To;
        Json = report.ToJson();
        Sha256 = report.Hash();
        FrozenBy = by;
        FrozenAt = at;
        (ChainSequence, ChainHash, ChainKeyId) = (chainHead.Sequence, chainHead.Hash, key.Id);
        ChainMac = key.Seal(Fields());
    }

    public Guid Id { get; private set; }

    public string Pack { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public string Json { get; private set; } = "";

    public string Sha256 { get; private set; } = "";

    public string FrozenBy { get; private set; } = "";

    public DateTimeOffset FrozenAt { get; private set; }

    /// <summary>The audit chain's last sequence when the report was frozen.</summary>
    public long ChainSequence { get; private set; }

    /// <summary>The audit chain's last hash when the report was frozen.</summary>
    public string ChainHash { get; private set; } = "";

    public string ChainKeyId { get; private set; } = "";

    /// <summary>The audit key's seal over the report's hash and the chain position, so neither can be rewritten.</summary>
    public string ChainMac { get; private set; } = "";

    public string Source => $"the {Pack} report {From:yyyy-MM-dd}..{To:yyyy-MM-dd} frozen on {FrozenAt.UtcDateTime:yyyy-MM-dd}";

    public ChainLink Link => new(ChainSequence, ChainHash);

    public bool IsSealed(AuditKeyRing keys) => keys.Verifies(ChainKeyId, ChainMac, Fields());

    private string[] Fields() =>
    [
        "report", Id.ToString(), Pack, From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Sha256, FrozenAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), ChainSequence.ToString(CultureInfo.InvariantCulture), ChainHash,
        ChainKeyId,
    ];
}
