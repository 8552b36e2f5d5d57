using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.IntegrationEvents;

/// <summary>A contact attempt that reached nobody or was refused weighs in the loan's next early-warning score.</summary>
internal sealed class RecordFailedContactOnContactAttemptLoggedHandler(ServicingDbContext context, TimeProvider clock)
    : IntegrationEventHandler<ContactAttemptLoggedIntegrationEvent, ServicingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(ContactAttemptLoggedIntegrationEvent logged, CancellationToken cancellationToken)
    {
        if (ContactAttemptLoggedIntegrationEvent.FailedOutcomes.Contains(logged.Outcome))
        {
            (await Context.Loans.FirstOrDefaultAsync(l => l.Id == logged.LoanId, cancellationToken))?.RecordFailedContact();
        }
    }
}
