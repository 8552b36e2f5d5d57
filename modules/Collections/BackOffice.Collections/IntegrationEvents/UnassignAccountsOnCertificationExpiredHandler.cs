using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Persistence;
using BackOffice.Training.Contracts;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>An expired certification takes the collector's accounts back to the queue the same way.</summary>
internal sealed class UnassignAccountsOnCertificationExpiredHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<CertificationExpiredIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(CertificationExpiredIntegrationEvent expired, CancellationToken cancellationToken) =>
        Unassigning.AllOfAsync(Context, expired.CollectorId, expired.Channel, cancellationToken);
}
