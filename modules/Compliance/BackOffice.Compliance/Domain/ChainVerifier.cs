namespace BackOffice.Compliance.Domain;

/// <summary>
/// Checks a chain one entry at a time, so a long trail can be streamed from the database, against the records kept
/// outside it: it starts after the retention anchor, checks each entry's link and keyed hash, compares the entries
/// that the head, the checkpoints and the frozen reports name, and at the end names what they say exists beyond
/// the last entry. An anchor whose own seal does not hold is reported and not trusted.
/// </summary>
internal sealed class ChainVerifier
{
    private readonly AuditKeyRing keys;
    private readonly AuditChainHead? head;
    private readonly List<string> findings = [];
    private readonly Dictionary<long, List<IChainAnchor>> anchorsAt = [];
    private ChainLink last;
    private long entriesChecked;
    private long? firstBroken;

    public ChainVerifier(AuditKeyRing keys, AuditAnchor? retention = null, AuditChainHead? head = null, IEnumerable<IChainAnchor>? anchors = null)
    {
        this.keys = keys;
        this.head = head;
        last = retention?.Link ?? ChainLink.Genesis;
        if (retention is not null && !retention.IsSealed(keys))
        {
            findings.Add(Forged(retention));
        }

        IEnumerable<IChainAnchor> all = head is null ? anchors ?? [] : [head, .. anchors ?? []];
        foreach (var anchor in all)
        {
            Expect(anchor, retention);
        }
    }

    /// <summary>False once an entry breaks the chain; <see cref="Finish"/> then names it.</summary>
    public bool Accept(AuditEntry entry)
    {
        var expected = last.Sequence + 1;
        var problem = entry.Sequence > expected ? Missing(expected, entry.Sequence - 1)
            : entry.Sequence < expected ? $"entry {entry.Sequence} comes after entry {last.Sequence}: the entries were reordered"
            : entry.PreviousHash != last.Hash
                ? $"entry {entry.Sequence} does not link to entry {last.Sequence}: an earlier entry was altered, removed or reordered"
            : keys.Find(entry.KeyId) is null ? $"entry {entry.Sequence} is sealed with key '{entry.KeyId}', which is not configured"
            : !AuditChain.IsSealed(entry, keys) ? $"entry {entry.Sequence} does not match its keyed hash: it was altered"
            : anchorsAt.GetValueOrDefault(entry.Sequence)?.FirstOrDefault(a => a.Link.Hash != entry.Hash) is { } differs
                ? $"{differs.Source} says {differs.Link}; the chain has hash {AuditChain.Short(entry.Hash)} there"
            : null;
        if (problem is not null)
        {
            firstBroken = entry.Sequence;
            findings.Add(problem);
            return false;
        }

        entriesChecked++;
        anchorsAt.Remove(entry.Sequence);
        last = entry.Link;
        return true;
    }

    /// <summary>
    /// The result once the entries were offered (or the first broken one stopped the walk). Only a walk of the whole
    /// chain, unbroken, can say what the anchors name beyond its end; a walk of a prefix (retention) cannot.
    /// </summary>
    public ChainCheck Finish(bool wholeChain = true)
    {
        if (wholeChain && firstBroken is null)
        {
            foreach (var anchor in anchorsAt.Values.SelectMany(a => a).OrderByDescending(a => a.Link.Sequence))
            {
                firstBroken ??= last.Sequence + 1;
                findings.Add($"{anchor.Source} says {anchor.Link}; the chain ends at {last.Sequence}: "
                    + Missing(last.Sequence + 1, anchor.Link.Sequence));
            }

            if (head is null && last.Sequence > 0)
            {
                findings.Add($"the chain's head is missing though the chain reaches sequence {last.Sequence}: it was deleted");
            }
            else if (head is not null && head.Sequence < last.Sequence && head.IsSealed(keys))
            {
                findings.Add($"{head.Source} says {head.Link}; the chain goes on to {last.Sequence}: the head was set back");
            }
        }

        return new ChainCheck(entriesChecked, last, firstBroken, findings);
    }

    private void Expect(IChainAnchor anchor, AuditAnchor? retention)
    {
        if (!anchor.IsSealed(keys))
        {
            findings.Add(Forged(anchor));
        }
        else if (anchor.Link.Sequence > last.Sequence)
        {
            (anchorsAt.TryGetValue(anchor.Link.Sequence, out var list) ? list : anchorsAt[anchor.Link.Sequence] = []).Add(anchor);
        }
        else if (anchor.Link.Sequence == last.Sequence && anchor.Link.Hash != last.Hash)
        {
            findings.Add($"{anchor.Source} says {anchor.Link}; {retention?.Source ?? "the start of the chain"} says {last}");
        }

        // An anchor further back names entries retention has removed: nothing is left to compare it with.
    }

    private static string Forged(IChainAnchor anchor) => $"{anchor.Source} does not match its keyed seal: it was forged or altered";

    private static string Missing(long from, long to) =>
        from == to ? $"entry {from} is missing: it was removed" : $"entries {from}..{to} are missing: they were removed";
}
