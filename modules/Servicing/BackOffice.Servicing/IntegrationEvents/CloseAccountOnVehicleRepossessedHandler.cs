using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.IntegrationEvents;

/// <summary>The vehicle is back with the lender: the account is closed as repossessed.</summary>
internal sealed class CloseAccountOnVehicleRepossessedHandler(ServicingDbContext context, TimeProvider clock)
    : IntegrationEventHandler<VehicleRepossessedIntegrationEvent, ServicingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(VehicleRepossessedIntegrationEvent repossessed, CancellationToken cancellationToken) =>
        (await Context.Loans.FirstOrDefaultAsync(l => l.Id == repossessed.LoanId, cancellationToken))?.MarkRepossessed();
}
