using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>
/// Base of handlers that turn another module's fact into an audit entry. The entry and the inbox row commit
/// together, so each event is in the trail exactly once however often the outbox delivers it.
/// </summary>
internal abstract class AuditedEventHandler<TEvent>(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : IntegrationEventHandler<TEvent, ComplianceDbContext>(context, clock)
    where TEvent : IntegrationEvent
{
    protected override Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override Task CommitAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        trail.AppendAsync(Context, RecordOf(integrationEvent), cancellationToken);

    protected abstract AuditRecord RecordOf(TEvent integrationEvent);
}
