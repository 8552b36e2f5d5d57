using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BackOffice.Compliance.Domain;

/// <summary>
/// The rules of the hash chain: each entry's hash covers its own fields and the previous entry's hash, so
/// changing, removing or reordering any entry breaks every link after it.
/// </summary>
public static class AuditChain
{
    public static readonly string GenesisHash = new('0', 64);

    public static string HashOf(AuditEntry entry)
    {
        // Unit separators keep field boundaries unambiguous ("ab"+"c" ≠ "a"+"bc").
        var canonical = string.Join('\u001f',
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.OccurredAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            entry.Action,
            entry.Actor,
            entry.Subject ?? "",
            entry.Details ?? "",
            entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Walks the entries in stored order and reports the first one that does not fit the chain.</summary>
    public static ChainCheck Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var verifier = new ChainVerifier();
        foreach (var entry in entriesInOrder)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Result;
    }
}

/// <summary>Checks a chain one entry at a time, so a long trail can be streamed from the database.</summary>
public sealed class ChainVerifier(long expectedSequence = 1, string? expectedPrevious = null)
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

public sealed record ChainCheck(long EntriesChecked, long? FirstBrokenSequence, string? Problem)
{
    public bool IsIntact => FirstBrokenSequence is null;
}
