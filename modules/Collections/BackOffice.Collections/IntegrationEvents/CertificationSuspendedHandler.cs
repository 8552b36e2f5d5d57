using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Persistence;
using BackOffice.Training.Contracts;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>No valid certification, no collecting: a suspended collector's accounts go back to the queue at once.</summary>
public sealed class CertificationSuspendedHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<CertificationSuspendedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(CertificationSuspendedIntegrationEvent suspended, CancellationToken cancellationToken) =>
        Unassigning.AllOfAsync(Context, suspended.CollectorId, suspended.Channel, cancellationToken);
}

/// <summary>An expired certification takes the collector's accounts back to the queue the same way.</summary>
public sealed class CertificationExpiredHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<CertificationExpiredIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(CertificationExpiredIntegrationEvent expired, CancellationToken cancellationToken) =>
        Unassigning.AllOfAsync(Context, expired.CollectorId, expired.Channel, cancellationToken);
}

internal static class Unassigning
{
    public static async Task AllOfAsync(CollectionsDbContext db, string collectorId, ContactChannel channel, CancellationToken cancellationToken)
    {
        if (channel != ContactChannel.PhoneAndSms)
        {
            return;
        }

        foreach (var account in await db.Accounts.Where(a => a.AssignedTo == collectorId).ToListAsync(cancellationToken))
        {
            account.Unassign();
        }
    }
}
