using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Booking;

/// <summary>A broken promise to pay weighs in the loan's next early-warning score.</summary>
public sealed class PromiseBrokenHandler(ServicingDbContext context, TimeProvider clock)
    : IntegrationEventHandler<PromiseToPayBrokenIntegrationEvent, ServicingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(PromiseToPayBrokenIntegrationEvent broken, CancellationToken cancellationToken) =>
        (await Context.Loans.FirstOrDefaultAsync(l => l.Id == broken.LoanId, cancellationToken))?.RecordBrokenPromise();
}

/// <summary>A contact attempt that reached nobody or was refused weighs in the loan's next early-warning score.</summary>
public sealed class ContactAttemptLoggedHandler(ServicingDbContext context, TimeProvider clock)
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

/// <summary>The vehicle is back with the lender: the account is closed as repossessed.</summary>
public sealed class VehicleRepossessedHandler(ServicingDbContext context, TimeProvider clock)
    : IntegrationEventHandler<VehicleRepossessedIntegrationEvent, ServicingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(VehicleRepossessedIntegrationEvent repossessed, CancellationToken cancellationToken) =>
        (await Context.Loans.FirstOrDefaultAsync(l => l.Id == repossessed.LoanId, cancellationToken))?.MarkRepossessed();
}

/// <summary>A borrower in hardship goes to the care team, whatever the loan's status.</summary>
public sealed class HardshipReferredHandler(ServicingDbContext context, TimeProvider clock)
    : IntegrationEventHandler<HardshipReferredIntegrationEvent, ServicingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(HardshipReferredIntegrationEvent referred, CancellationToken cancellationToken) =>
        (await Context.Loans.FirstOrDefaultAsync(l => l.Id == referred.LoanId, cancellationToken))?.ReferToCare(DateOnly.FromDateTime(referred.OccurredAt.UtcDateTime));
}
