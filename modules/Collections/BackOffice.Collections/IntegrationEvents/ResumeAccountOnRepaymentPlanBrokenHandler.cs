using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>A broken plan puts the account back to work.</summary>
internal sealed class ResumeAccountOnRepaymentPlanBrokenHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<RepaymentPlanBrokenIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(RepaymentPlanBrokenIntegrationEvent broken, CancellationToken cancellationToken) =>
        (await Context.Accounts.FirstOrDefaultAsync(a => a.LoanId == broken.LoanId, cancellationToken))?.Resume();
}
