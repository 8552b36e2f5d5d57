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

    public string PreviousHash { get; private set; } = "";

    public string Hash { get; private set; } = "";

    /// <summary>The entry that follows <paramref name="previous"/> (or starts the chain), sealed with its hash.</summary>
    public static AuditEntry Append(
        AuditEntry? previous, DateTimeOffset occurredAt, string action, string actor, string? subject, string? details) =>
        AppendAfter(previous?.Sequence ?? 0, previous?.Hash ?? AuditChain.GenesisHash, occurredAt, action, actor, subject, details);

    /// <summary>The entry after a given link, also when that link was pruned and only its anchor remains.</summary>
    public static AuditEntry AppendAfter(
        long previousSequence, string previousHash, DateTimeOffset occurredAt, string action, string actor, string? subject, string? details)
    {
        var entry = new AuditEntry
        {
            Sequence = previousSequence + 1,
            OccurredAt = occurredAt,
            Action = action,
            Actor = actor,
            Subject = subject,
            Details = details,
            PreviousHash = previousHash,
        };
        entry.Hash = AuditChain.HashOf(entry);
        return entry;
    }
}
