namespace BackOffice.Compliance.Domain;

/// <summary>
/// A record kept outside the chain that says how far the chain reached at some moment (the chain head, a daily
/// checkpoint, a frozen report, the retention anchor), sealed with the audit key so it cannot be forged either.
/// </summary>
internal interface IChainAnchor
{
    /// <summary>What the record is, in words a reader of the verification recognises ("checkpoint of 2026-11-29").</summary>
    string Source { get; }

    ChainLink Link { get; }

    bool IsSealed(AuditKeyRing keys);
}
