namespace BackOffice.Compliance.Domain;

/// <summary>One link of the audit hash chain. Entries are only ever appended.</summary>
public sealed class AuditEntry
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
    public static AuditEntry Append(AuditEntry? previous, DateTimeOffset occurredAt, string action, string actor, string? subject, string? details)
    {
        var entry = new AuditEntry
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            OccurredAt = occurredAt,
            Action = action,
            Actor = actor,
            Subject = subject,
            Details = details,
            PreviousHash = previous?.Hash ?? AuditChain.GenesisHash,
        };
        entry.Hash = AuditChain.HashOf(entry);
        return entry;
    }
}
