using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Persistence;
using BackOffice.Training.Contracts;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>No valid certification, no collecting: a suspended collector's accounts go back to the queue at once.</summary>
internal sealed class UnassignAccountsOnCertificationSuspendedHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<CertificationSuspendedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(CertificationSuspendedIntegrationEvent suspended, CancellationToken cancellationToken) =>
        Unassigning.AllOfAsync(Context, suspended.CollectorId, suspended.Channel, cancellationToken);
}
