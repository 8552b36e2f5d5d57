using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>The close of business finds the loan current; an account a payment already closed ("paid") keeps its reason.</summary>
internal sealed class CloseAccountOnLoanCuredHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<LoanCuredIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(LoanCuredIntegrationEvent cured, CancellationToken cancellationToken)
    {
        if (await Context.Accounts.FirstOrDefaultAsync(a => a.LoanId == cured.LoanId && a.Status != CollectionAccountStatus.Closed, cancellationToken)
            is { } account)
        {
            account.Close(cured.BusinessDate, "cured");
        }
    }
}
