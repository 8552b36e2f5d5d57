using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Tests;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_first_entry_links_to_the_genesis_hash_and_each_next_to_the_one_before()
    {
        var chain = Chain(3);

        Assert.Equal(AuditChain.GenesisHash, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
        Assert.Equal([1L, 2L, 3L], chain.Select(e => e.Sequence));
    }

    [Fact]
    public void An_untouched_chain_verifies_whole()
    {
        var check = AuditChain.Verify(Chain(10));

        Assert.True(check.IsIntact);
        Assert.Equal(10, check.EntriesChecked);
    }

    [Fact]
    public void An_empty_trail_is_intact()
    {
        Assert.True(AuditChain.Verify([]).IsIntact);
    }

    [Fact]
    public void A_removed_entry_is_reported_at_the_entry_after_the_gap()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        var check = AuditChain.Verify(chain);

        Assert.Equal(4, check.FirstBrokenSequence);
        Assert.Equal(2, check.EntriesChecked);
    }

    [Fact]
    public void Entries_in_the_wrong_order_are_reported_where_the_order_breaks()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        Assert.Equal(3, AuditChain.Verify(chain).FirstBrokenSequence);
    }

    [Fact]
    public void Rebuilding_an_altered_entry_with_a_fresh_hash_still_breaks_the_next_link()
    {
        var chain = Chain(4);
        // A forger re-seals entry 2 with new content; entry 3 still points at the old hash.
        chain[1] = AuditEntry.Append(chain[0], chain[1].OccurredAt, chain[1].Action, chain[1].Actor, chain[1].Subject, "forged");

        var check = AuditChain.Verify(chain);

        Assert.Equal(3, check.FirstBrokenSequence);
        Assert.Contains("link", check.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ab", "c")]
    [InlineData("a", "bc")]
    public void Field_boundaries_are_part_of_the_hash(string action, string actor)
    {
        var one = AuditEntry.Append(null, Start, action, actor, null, null);
        var other = AuditEntry.Append(null, Start, "abc", "", null, null);

        Assert.NotEqual(one.Hash, other.Hash);
    }

    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
        {
            entries.Add(AuditEntry.Append(
                entries.LastOrDefault(), Start.AddMinutes(i), "staff.sign-in.succeeded", $"user{i}@backoffice.local", null, null));
        }

        return entries;
    }
}
