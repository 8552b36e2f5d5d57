using Mediator;

namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>
/// A fact one module publishes for others. It travels through the publisher's outbox, so it is delivered
/// at least once; handlers deduplicate by <see cref="EventId"/>.
/// </summary>
public abstract record IntegrationEvent : INotification
{
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>
    /// The aggregate the fact is about, e.g. "loan:…". Events of one key are delivered in the order they were
    /// published, and one that fails holds back the later ones of its key (and only those). Abstract, so a new
    /// event cannot be published without saying what it is about.
    /// </summary>
    public abstract string OrderingKey { get; }

    /// <summary>The key of an aggregate known by its id: "<paramref name="kind"/>:<paramref name="id"/>".</summary>
    protected static string KeyOf(string kind, Guid id) => $"{kind}:{id:N}";

    /// <summary>The key of an aggregate known by a reference (a collector's id, a loan number).</summary>
    protected static string KeyOf(string kind, string reference) => $"{kind}:{reference}";
}
