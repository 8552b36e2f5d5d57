using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Persistence;
using BackOffice.Collections.Features.Shared;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>A loan past due opens (or updates) its collection account, placed by the strategy and assigned; back to current, it is closed.</summary>
internal sealed class OpenAccountOnDelinquencyChangedHandler(CollectionsDbContext context, ArrearsFollower follower, TimeProvider clock)
    : IntegrationEventHandler<DelinquencyChangedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(DelinquencyChangedIntegrationEvent changed, CancellationToken cancellationToken) =>
        follower.FollowAsync(changed.LoanId, changed.LoanNumber, changed.BusinessDate, changed.Bucket, changed.DaysPastDue, changed.AmountOverdue,
            changed.OutstandingPrincipal, changed.EarlyWarningScore, "cured", cancellationToken);
}
