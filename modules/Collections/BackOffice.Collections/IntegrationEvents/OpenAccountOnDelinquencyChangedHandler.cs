using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using BackOffice.Collections.Features.Shared;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>A loan past due opens (or updates) its collection account, placed by the strategy and assigned; back to current, it is closed.</summary>
internal sealed class OpenAccountOnDelinquencyChangedHandler(
    CollectionsDbContext context, IOptions<CollectionStrategy> strategy, Assignment assignment, TimeProvider clock)
    : IntegrationEventHandler<DelinquencyChangedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(DelinquencyChangedIntegrationEvent changed, CancellationToken cancellationToken)
    {
        var account = await Context.Accounts.FirstOrDefaultAsync(a => a.LoanId == changed.LoanId, cancellationToken);
        if (changed.DaysPastDue == 0)
        {
            account?.Close(changed.BusinessDate, "cured");
            return;
        }

        if (account is null)
        {
            account = new CollectionAccount(changed.LoanId, changed.LoanNumber, changed.BusinessDate);
            Context.Accounts.Add(account);
        }

        account.Update(changed.BusinessDate, changed.Bucket, changed.DaysPastDue, changed.AmountOverdue, changed.OutstandingPrincipal,
            changed.EarlyWarningScore);
        account.Place(strategy.Value);
        await assignment.AssignAutomaticallyAsync(account, cancellationToken);
    }
}
