namespace BackOffice.Compliance.Domain;

/// <summary>A position in the chain: an entry's sequence and hash. Sequence 0 with the genesis hash is before the first entry.</summary>
internal sealed record ChainLink(long Sequence, string Hash)
{
    public static readonly ChainLink Genesis = new(0, AuditChain.GenesisHash);

    public override string ToString() => $"sequence {Sequence} hash {AuditChain.Short(Hash)}";
}
