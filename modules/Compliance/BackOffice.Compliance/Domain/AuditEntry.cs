namespace BackOffice.Compliance.Domain;

/// <summary>One link of the audit hash chain. Entries are only ever appended.</summary>
internal sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Sequence { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Action { get; private set; } = "";

    public string Actor { get; private set; } = "";

    public string? Subject { get; private set; }

    public string? Details { get; private set; }

    /// <summary>The id of the key that sealed this entry, so a key can be replaced and older entries still verify.</summary>
    public string KeyId { get; private set; } = "";

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>The entry after a given link (the chain's head, or the genesis hash at sequence 0), sealed with <paramref name="key"/>.</summary>
    public static AuditEntry AppendAfter(
        ChainLink previous, AuditKey key, DateTimeOffset occurredAt, string action, string actor, string? subject, string? details)
    {
        var entry = new AuditEntry
        {
            Sequence = previous.Sequence + 1,
            OccurredAt = occurredAt,
            Action = action,
            Actor = actor,
            Subject = subject,
            Details = details,
            KeyId = key.Id,
            PreviousHash = previous.Hash,
        };
        entry.Hash = AuditChain.HashOf(entry, key);
        return entry;
    }

    public ChainLink Link => new(Sequence, Hash);
}
