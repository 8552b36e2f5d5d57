using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.IntegrationEvents;

/// <summary>A borrower in hardship goes to the care team, whatever the loan's status.</summary>
internal sealed class ReferToCareOnHardshipReferredHandler(ServicingDbContext context, TimeProvider clock)
    : IntegrationEventHandler<HardshipReferredIntegrationEvent, ServicingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(HardshipReferredIntegrationEvent referred, CancellationToken cancellationToken) =>
        (await Context.Loans.FirstOrDefaultAsync(l => l.Id == referred.LoanId,
            cancellationToken))?.ReferToCare(DateOnly.FromDateTime(referred.OccurredAt.UtcDateTime));
}
