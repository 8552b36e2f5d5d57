using System.Globalization;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// The high-water mark of the chain: the last sequence and hash ever appended, moved in the same transaction as
/// each entry and sealed with the audit key. The next entry follows it, not the entries table, so deleting the
/// newest entries neither hides them (verification finds the gap) nor lets their numbers be used again.
/// </summary>
internal sealed class AuditChainHead : IChainAnchor
{
    private AuditChainHead()
    {
    }

    public AuditChainHead(ChainLink last, AuditKey key) => MoveTo(last, key);

    public int Id { get; private set; } = 1;

    public long Sequence { get; private set; }

    public string Hash { get; private set; } = "";

    public string KeyId { get; private set; } = "";

    public string Mac { get; private set; } = "";

    public string Source => "the chain's head (moved with every entry)";

    public ChainLink Link => new(Sequence, Hash);

    public void MoveTo(ChainLink last, AuditKey key)
    {
        (Sequence, Hash, KeyId) = (last.Sequence, last.Hash, key.Id);
        Mac = key.Seal(Fields());
    }

    public bool IsSealed(AuditKeyRing keys) => keys.Verifies(KeyId, Mac, Fields());

    private string[] Fields() => ["head", Sequence.ToString(CultureInfo.InvariantCulture), Hash, KeyId];
}
