using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>
/// A payment, reversal, plan, refund or another day past due changed what the loan owes: the account follows, and one
/// with nothing overdue any more leaves the queue at once ("paid").
/// </summary>
internal sealed class FollowArrearsOnLoanArrearsChangedHandler(CollectionsDbContext context, ArrearsFollower follower, TimeProvider clock)
    : IntegrationEventHandler<LoanArrearsChangedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(LoanArrearsChangedIntegrationEvent changed, CancellationToken cancellationToken) =>
        follower.FollowAsync(changed.LoanId, changed.LoanNumber, changed.AsOf, changed.Bucket, changed.DaysPastDue, changed.AmountOverdue,
            changed.OutstandingPrincipal, changed.EarlyWarningScore, "paid", cancellationToken);
}
