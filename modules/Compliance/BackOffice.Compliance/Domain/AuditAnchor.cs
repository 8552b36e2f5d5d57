namespace BackOffice.Compliance.Domain;

/// <summary>
/// Where the kept part of the chain starts once retention has removed older entries: the last removed entry's
/// sequence and hash. Verification starts from here instead of the genesis hash.
/// </summary>
internal sealed class AuditAnchor
{
    private AuditAnchor()
    {
    }

    public AuditAnchor(long sequence, string hash, DateTimeOffset prunedAt)
    {
        Sequence = sequence;
        Hash = hash;
        PrunedAt = prunedAt;
    }

    public int Id { get; private set; } = 1;

    public long Sequence { get; private set; }

    public string Hash { get; private set; } = "";

    public DateTimeOffset PrunedAt { get; private set; }

    public void MoveTo(long sequence, string hash, DateTimeOffset prunedAt) => (Sequence, Hash, PrunedAt) = (sequence, hash, prunedAt);
}
