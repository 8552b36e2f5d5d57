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
}
