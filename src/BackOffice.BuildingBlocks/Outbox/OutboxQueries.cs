namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>The states of an outbox row as queries, so the dispatcher, the dead-letter desk and the health check agree.</summary>
public static class OutboxQueries
{
    /// <summary>Neither delivered nor discarded: waiting, backing off, or a dead letter.</summary>
    public static IQueryable<OutboxMessage> Open(this IQueryable<OutboxMessage> messages) =>
        messages.Where(m => m.DispatchedAt == null && m.DiscardedAt == null);

    /// <summary>The first open event of each ordering key: the only one of its key that may be delivered now.</summary>
    public static IQueryable<OutboxMessage> Heads(this IQueryable<OutboxMessage> messages)
    {
        var open = messages.Open();
        return open.Where(m => !open.Any(earlier => earlier.OrderingKey == m.OrderingKey && earlier.Sequence < m.Sequence));
    }

    /// <summary>Open events whose attempts ran out.</summary>
    public static IQueryable<OutboxMessage> DeadLetters(this IQueryable<OutboxMessage> messages) =>
        messages.Open().Where(m => m.DeadLetteredAt != null);
}
