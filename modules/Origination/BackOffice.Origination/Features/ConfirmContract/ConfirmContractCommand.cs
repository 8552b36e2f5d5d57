using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Persistence;
using Mediator;

namespace BackOffice.Origination.Features.ConfirmContract;

/// <summary>
/// The dealer confirms the borrower signed the contract of the approved offer: the loan is booked and
/// Servicing is told. Confirming again answers with the same booking and books nothing more.
/// </summary>
internal sealed record ConfirmContractCommand(Guid DealerId, Guid ApplicationId) : ICommand<ApplicationDto>;

internal sealed class ConfirmContractHandler(OriginationDbContext db, ApplicationPresenter presenter, TimeProvider clock)
    : ICommandHandler<ConfirmContractCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(ConfirmContractCommand command, CancellationToken cancellationToken)
    {
        var application = await db.FindForDealerAsync(command.DealerId, command.ApplicationId, cancellationToken);
        if (application.Status == ApplicationStatus.Booked)
        {
            return presenter.ToDto(application);
        }

        var now = clock.GetUtcNow();
        var bookedOn = DateOnly.FromDateTime(now.UtcDateTime);
        application.Book(Guid.CreateVersion7(), now, bookedOn.AddMonths(1));
        db.Publish(BookedEvent(application, bookedOn, now));
        return presenter.ToDto(application);
    }

    private static LoanBookedIntegrationEvent BookedEvent(LoanApplication application, DateOnly bookedOn, DateTimeOffset now)
    {
        var (offer, applicant, vehicle) = (application.Offer, application.Applicant, application.Vehicle);
        return new LoanBookedIntegrationEvent(
            application.LoanId!.Value, application.Id, application.DealerId, application.ProductCode, application.Product.Currency,
            offer.Amount, offer.NominalRate, offer.Method, offer.TermMonths, offer.Installment, offer.Fees, offer.Apr,
            bookedOn, application.FirstDueDate!.Value,
            new BorrowerDetails(
                applicant.FullName, applicant.IdType, applicant.IdNumber, applicant.DateOfBirth, applicant.Phone, applicant.Address,
                applicant.TimeZone, application.VerifiedIncome ?? application.Employment.GrossMonthlyIncome),
            new FinancedVehicle(vehicle.Vin, vehicle.Make, vehicle.Model, vehicle.Year, vehicle.Price))
        { OccurredAt = now };
    }
}
