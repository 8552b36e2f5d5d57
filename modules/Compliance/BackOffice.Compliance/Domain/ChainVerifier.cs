namespace BackOffice.Compliance.Domain;

/// <summary>Checks a chain one entry at a time, so a long trail can be streamed from the database.</summary>
internal sealed class ChainVerifier(long expectedSequence = 1, string? expectedPrevious = null)
{
    private long expectedSequence = expectedSequence;
    private string expectedPrevious = expectedPrevious ?? AuditChain.GenesisHash;

    /// <summary>Verifies what is left after retention pruned the oldest entries, from the anchor they left.</summary>
    public static ChainVerifier FromAnchor(AuditAnchor? anchor) =>
        anchor is null ? new ChainVerifier() : new ChainVerifier(anchor.Sequence + 1, anchor.Hash);

    public ChainCheck Result { get; private set; } = new(0, null, null);

    /// <summary>False once an entry breaks the chain; <see cref="Result"/> then names it.</summary>
    public bool Accept(AuditEntry entry)
    {
        var problem = entry.Sequence != expectedSequence
            ? $"expected entry {expectedSequence} but found {entry.Sequence}: an entry was removed or reordered"
            : entry.PreviousHash != expectedPrevious
                ? "its link to the previous entry does not match: an earlier entry was altered, removed or reordered"
                : entry.Hash != AuditChain.HashOf(entry)
                    ? "its content does not match its hash: the entry was altered"
                    : null;
        if (problem is not null)
        {
            Result = Result with { FirstBrokenSequence = entry.Sequence, Problem = problem };
            return false;
        }

        Result = Result with { EntriesChecked = Result.EntriesChecked + 1 };
        expectedSequence++;
        expectedPrevious = entry.Hash;
        return true;
    }
}
