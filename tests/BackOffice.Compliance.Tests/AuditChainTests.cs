using BackOffice.Compliance.Domain;

namespace BackOffice.Compliance.Tests;

public sealed class AuditChainTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly AuditKey Key = new("k1", Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly AuditKey WrongKey = new("k1", Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());
    private static readonly AuditKeyRing Keys = new(Key);

    [Fact]
    public void The_first_entry_links_to_the_genesis_hash_and_each_next_to_the_one_before()
    {
        var chain = Chain(3);

        Assert.Equal(AuditChain.GenesisHash, chain[0].PreviousHash);
        Assert.Equal(chain[0].Hash, chain[1].PreviousHash);
        Assert.Equal(chain[1].Hash, chain[2].PreviousHash);
        Assert.Equal([1L, 2L, 3L], chain.Select(e => e.Sequence));
        Assert.All(chain, e => Assert.Equal("k1", e.KeyId));
    }

    [Fact]
    public void An_untouched_chain_verifies_whole()
    {
        var chain = Chain(10);

        var check = Verify(chain, head: HeadAt(chain[^1]));

        Assert.True(check.IsIntact, check.Problem);
        Assert.Equal(10, check.EntriesChecked);
        Assert.Equal(10, check.End.Sequence);
    }

    [Fact]
    public void An_empty_trail_is_intact()
    {
        Assert.True(Verify([]).IsIntact);
    }

    [Fact]
    public void A_removed_entry_is_reported_at_the_entry_after_the_gap()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        var check = Verify(chain, head: HeadAt(chain[^1]));

        Assert.Equal(4, check.FirstBrokenSequence);
        Assert.Equal(2, check.EntriesChecked);
        Assert.Equal("entry 3 is missing: it was removed", check.Problem);
    }

    [Fact]
    public void Entries_in_the_wrong_order_are_reported_where_the_order_breaks()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        Assert.Equal(3, Verify(chain, head: HeadAt(chain[^1])).FirstBrokenSequence);
    }

    [Fact]
    public void Rebuilding_an_altered_entry_with_a_fresh_hash_still_breaks_the_next_link()
    {
        var chain = Chain(4);
        // Even with the key, re-sealing entry 2 alone leaves entry 3 pointing at the old hash.
        chain[1] = AuditEntry.AppendAfter(chain[0].Link, Key, chain[1].OccurredAt, chain[1].Action, chain[1].Actor, chain[1].Subject, "forged");

        var check = Verify(chain, head: HeadAt(chain[^1]));

        Assert.Equal(3, check.FirstBrokenSequence);
        Assert.Contains("link", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_altered_and_every_later_one_resealed_without_the_key_does_not_match_its_keyed_hash()
    {
        var chain = Chain(6);
        var forged = Chain(2);
        forged.Add(AuditEntry.AppendAfter(forged[1].Link, WrongKey, chain[2].OccurredAt, chain[2].Action, chain[2].Actor, null, "altered"));
        for (var i = 3; i < chain.Count; i++)
        {
            forged.Add(AuditEntry.AppendAfter(forged[i - 1].Link, WrongKey, chain[i].OccurredAt, chain[i].Action, chain[i].Actor, null, null));
        }

        var check = Verify(forged, head: HeadAt(chain[^1]));

        Assert.Equal(3, check.FirstBrokenSequence);
        Assert.Equal("entry 3 does not match its keyed hash: it was altered", check.Problem);
    }

    [Fact]
    public void An_entry_sealed_with_a_key_that_is_not_configured_is_named_with_its_key_id()
    {
        var stranger = new AuditKey("k9", new byte[32]);
        var chain = Chain(1);
        chain.Add(AuditEntry.AppendAfter(chain[0].Link, stranger, Start, "test", "someone", null, null));

        Assert.Equal("entry 2 is sealed with key 'k9', which is not configured", Verify(chain, head: HeadAt(chain[^1])).Problem);
    }

    [Fact]
    public void Entries_sealed_with_a_retired_key_still_verify_after_the_key_is_replaced()
    {
        var chain = Chain(2);
        var next = new AuditKey("k2", Enumerable.Range(50, 32).Select(i => (byte)i).ToArray());
        chain.Add(AuditEntry.AppendAfter(chain[1].Link, next, Start, "test", "someone", null, null));

        var head = new AuditChainHead(chain[^1].Link, next);

        Assert.True(Verify(chain, head: head, keys: new AuditKeyRing(next, [Key])).IsIntact);
        Assert.Equal("entry 1 is sealed with key 'k1', which is not configured", Verify(chain, head: head, keys: new AuditKeyRing(next)).Problem);
    }

    [Fact]
    public void Entries_cut_off_the_end_are_named_from_the_head()
    {
        var chain = Chain(10);
        var head = new AuditChainHead(chain[^1].Link, Key);

        var check = Verify(chain.Take(7), head: head);

        Assert.Equal(8, check.FirstBrokenSequence);
        Assert.Equal(
            $"the chain's head (moved with every entry) says sequence 10 hash {chain[9].Hash[..12]}…; the chain ends at 7: entries 8..10 are missing: they were removed",
            check.Problem);
    }

    [Fact]
    public void A_checkpoint_beyond_the_end_of_the_chain_names_the_missing_entries()
    {
        var chain = Chain(10);
        var checkpoint = new AuditCheckpoint(new DateOnly(2026, 11, 29), chain[9].Link, Start, Key);

        var check = Verify(chain.Take(9), head: new AuditChainHead(chain[8].Link, Key), anchors: [checkpoint]);

        Assert.Single(check.Findings);
        Assert.StartsWith($"checkpoint of 2026-11-29 says sequence 10 hash {chain[9].Hash[..12]}…; the chain ends at 9", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_whose_hash_differs_from_the_entry_at_its_sequence_is_named()
    {
        var chain = Chain(5);
        var other = Chain(5, details: "another history");
        var checkpoint = new AuditCheckpoint(new DateOnly(2026, 11, 29), other[2].Link, Start, Key);

        var check = Verify(chain, head: new AuditChainHead(chain[4].Link, Key), anchors: [checkpoint]);

        Assert.Equal(3, check.FirstBrokenSequence);
        Assert.Contains("checkpoint of 2026-11-29 says sequence 3", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_head_is_found_when_the_chain_has_entries()
    {
        Assert.Equal("the chain's head is missing though the chain reaches sequence 2: it was deleted", Verify(Chain(2)).Problem);
    }

    [Fact]
    public void A_head_set_back_behind_the_chain_is_found()
    {
        var chain = Chain(4);

        var check = Verify(chain, head: new AuditChainHead(chain[1].Link, Key));

        Assert.Contains("the head was set back", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forged_retention_anchor_is_found_by_its_seal()
    {
        var chain = Chain(6);
        var forged = new AuditAnchor(chain[2].Link, Start, WrongKey);

        var check = Verify(chain.Skip(3), retention: forged, head: new AuditChainHead(chain[5].Link, Key));

        Assert.Equal($"the retention anchor of 2026-11-28 does not match its keyed seal: it was forged or altered", check.Problem);
    }

    [Fact]
    public void A_sealed_retention_anchor_lets_the_rest_of_the_chain_verify()
    {
        var chain = Chain(6);
        var checkpoint = new AuditCheckpoint(new DateOnly(2026, 11, 28), chain[1].Link, Start, Key);

        var check = Verify(chain.Skip(3), retention: new AuditAnchor(chain[2].Link, Start, Key),
            head: new AuditChainHead(chain[5].Link, Key), anchors: [checkpoint]);

        Assert.True(check.IsIntact, check.Problem);
        Assert.Equal(3, check.EntriesChecked);
    }

    [Fact]
    public void A_retention_anchor_that_disagrees_with_a_checkpoint_at_its_sequence_is_found()
    {
        var chain = Chain(6);
        var checkpoint = new AuditCheckpoint(new DateOnly(2026, 11, 28), Chain(3, details: "other")[2].Link, Start, Key);

        var check = Verify(chain.Skip(3), retention: new AuditAnchor(chain[2].Link, Start, Key),
            head: new AuditChainHead(chain[5].Link, Key), anchors: [checkpoint]);

        Assert.Contains("checkpoint of 2026-11-28 says sequence 3", check.Problem, StringComparison.Ordinal);
        Assert.Contains("the retention anchor of 2026-11-28 says sequence 3", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_altered_in_place_is_found_by_its_seal()
    {
        var chain = Chain(3);
        var forged = new AuditCheckpoint(new DateOnly(2026, 11, 29), chain[1].Link, Start, WrongKey);

        var check = Verify(chain, head: new AuditChainHead(chain[2].Link, Key), anchors: [forged]);

        Assert.Equal("checkpoint of 2026-11-29 does not match its keyed seal: it was forged or altered", check.Problem);
    }

    [Theory]
    [InlineData("ab", "c")]
    [InlineData("a", "bc")]
    public void Field_boundaries_are_part_of_the_hash(string action, string actor)
    {
        var one = AuditEntry.AppendAfter(ChainLink.Genesis, Key, Start, action, actor, null, null);
        var other = AuditEntry.AppendAfter(ChainLink.Genesis, Key, Start, "abc", "", null, null);

        Assert.NotEqual(one.Hash, other.Hash);
    }

    private static ChainCheck Verify(
        IEnumerable<AuditEntry> entries, AuditAnchor? retention = null, AuditChainHead? head = null, IEnumerable<IChainAnchor>? anchors = null,
        AuditKeyRing? keys = null)
    {
        var verifier = new ChainVerifier(keys ?? Keys, retention, head, anchors);
        foreach (var entry in entries)
        {
            if (!verifier.Accept(entry))
            {
                break;
            }
        }

        return verifier.Finish();
    }

    private static AuditChainHead HeadAt(AuditEntry last) => new(last.Link, Key);

    private static List<AuditEntry> Chain(int length, string? details = null)
    {
        var entries = new List<AuditEntry>();
        for (var i = 0; i < length; i++)
        {
            entries.Add(AuditEntry.AppendAfter(
                entries.LastOrDefault()?.Link ?? ChainLink.Genesis, Key, Start.AddMinutes(i), "staff.sign-in.succeeded", $"user{i}@backoffice.local", null, details));
        }

        return entries;
    }
}
