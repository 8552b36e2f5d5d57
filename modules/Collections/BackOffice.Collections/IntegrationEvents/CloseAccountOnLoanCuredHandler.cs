using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.IntegrationEvents;

internal sealed class CloseAccountOnLoanCuredHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<LoanCuredIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(LoanCuredIntegrationEvent cured, CancellationToken cancellationToken) =>
        (await Context.Accounts.FirstOrDefaultAsync(a => a.LoanId == cured.LoanId, cancellationToken))?.Close(cured.BusinessDate, "cured");
}
