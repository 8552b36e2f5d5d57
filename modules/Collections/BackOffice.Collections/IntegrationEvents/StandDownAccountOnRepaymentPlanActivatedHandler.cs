using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>While a repayment plan is in force, collection stands down (domain: "pauses collection while it is in force").</summary>
internal sealed class StandDownAccountOnRepaymentPlanActivatedHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<RepaymentPlanActivatedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(RepaymentPlanActivatedIntegrationEvent activated, CancellationToken cancellationToken) =>
        (await Context.Accounts.FirstOrDefaultAsync(a => a.LoanId == activated.LoanId, cancellationToken))?.StandDown();
}
