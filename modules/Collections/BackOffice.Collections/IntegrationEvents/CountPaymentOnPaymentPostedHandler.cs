using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>Payments decide promises (a payment dated by the promised date counts toward it) and count on the collector's scorecard.</summary>
internal sealed class CountPaymentOnPaymentPostedHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<PaymentPostedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(PaymentPostedIntegrationEvent posted, CancellationToken cancellationToken)
    {
        foreach (var promise in await Context.Promises.Where(p => p.LoanId == posted.LoanId && p.Status == PromiseStatus.Open).OrderBy(p => p.MadeAt)
            .ToListAsync(cancellationToken))
        {
            promise.Count(posted.Amount, posted.ValueDate);
        }

        // Money paid on an account counts for the collector working it at the time.
        if (await Context.Accounts.Where(a => a.LoanId == posted.LoanId && a.AssignedTo != null).Select(a => a.AssignedTo)
            .FirstOrDefaultAsync(cancellationToken) is { } collector)
        {
            Context.CollectorRecords.Add(new CollectorRecord(
                collector, posted.LoanId, CollectorRecordKind.Collected, posted.Amount, posted.OccurredAt, posted.ExternalReference));
        }
    }
}
