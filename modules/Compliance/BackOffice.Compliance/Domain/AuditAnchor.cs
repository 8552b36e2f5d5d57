using System.Globalization;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// Where the kept part of the chain starts once retention has removed older entries: the last removed entry's
/// sequence and hash, sealed with the audit key. Verification starts from here instead of the genesis hash.
/// </summary>
internal sealed class AuditAnchor : IChainAnchor
{
    private AuditAnchor()
    {
    }

    public AuditAnchor(ChainLink lastRemoved, DateTimeOffset prunedAt, AuditKey key) => MoveTo(lastRemoved, prunedAt, key);

    public int Id { get; private set; } = 1;

    public long Sequence { get; private set; }

    public string Hash { get; private set; } = "";

    public DateTimeOffset PrunedAt { get; private set; }

    public string KeyId { get; private set; } = "";

    public string Mac { get; private set; } = "";

    public string Source => $"the retention anchor of {PrunedAt.UtcDateTime:yyyy-MM-dd}";

    public ChainLink Link => new(Sequence, Hash);

    public void MoveTo(ChainLink lastRemoved, DateTimeOffset prunedAt, AuditKey key)
    {
        (Sequence, Hash, PrunedAt, KeyId) = (lastRemoved.Sequence, lastRemoved.Hash, prunedAt, key.Id);
        Mac = key.Seal(Fields());
    }

    public bool IsSealed(AuditKeyRing keys) => keys.Verifies(KeyId, Mac, Fields());

    private string[] Fields() =>
        ["anchor", Sequence.ToString(CultureInfo.InvariantCulture), Hash, PrunedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), KeyId];
}
