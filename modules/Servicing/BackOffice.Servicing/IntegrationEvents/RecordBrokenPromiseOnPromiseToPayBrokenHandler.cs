using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.IntegrationEvents;

/// <summary>A broken promise to pay weighs in the loan's next early-warning score.</summary>
internal sealed class RecordBrokenPromiseOnPromiseToPayBrokenHandler(ServicingDbContext context, TimeProvider clock)
    : IntegrationEventHandler<PromiseToPayBrokenIntegrationEvent, ServicingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(PromiseToPayBrokenIntegrationEvent broken, CancellationToken cancellationToken) =>
        (await Context.Loans.FirstOrDefaultAsync(l => l.Id == broken.LoanId, cancellationToken))?.RecordBrokenPromise();
}
