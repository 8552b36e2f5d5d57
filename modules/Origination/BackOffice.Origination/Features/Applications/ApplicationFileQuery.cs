using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.Applications;

/// <summary>Everything an underwriter needs on one page: the file, every rule with the numbers behind it, the offer.</summary>
internal sealed record ApplicationFileQuery(Guid ApplicationId) : IQuery<ApplicationFile>;

internal sealed class ApplicationFileHandler(
    OriginationDbContext db, ApplicationPresenter presenter, IStaffDirectory staff, IOptions<UnderwritingPolicy> policy)
    : IQueryHandler<ApplicationFileQuery, ApplicationFile>
{
    public async ValueTask<ApplicationFile> Handle(ApplicationFileQuery query, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.Id == query.ApplicationId, cancellationToken)
            ?? throw new NotFoundException("Application");
        var dealer = await db.Dealers.AsNoTracking()
            .Where(d => d.Id == application.DealerId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        return FileOf(application, dealer, await DecidedByAsync(application.DecidedBy, cancellationToken));
    }

    /// <summary>The underwriter who decided, by the name people know them by; decisions keep the staff id.</summary>
    private async Task<string> DecidedByAsync(string decidedBy, CancellationToken cancellationToken) =>
        decidedBy == LoanApplication.Automated ? decidedBy : (await staff.FindAsync(decidedBy, cancellationToken))?.DisplayName ?? decidedBy;

    private ApplicationFile FileOf(LoanApplication application, string dealer, string decidedBy)
    {
        var (applicant, employment, vehicle, offer) = (application.Applicant, application.Employment, application.Vehicle, application.Offer);
        return new ApplicationFile
        {
            Id = application.Id,
            Version = application.Version,
            Status = application.Status,
            SubmittedAt = application.SubmittedAt,
            DealerName = dealer,
            DecidedBy = decidedBy,
            PolicyVersion = application.PolicyVersion,
            DecisionNote = application.DecisionNote,
            ApplicantName = applicant.FullName,
            IdType = applicant.IdType.ToString(),
            IdNumber = applicant.IdNumber,
            DateOfBirth = applicant.DateOfBirth,
            Phone = applicant.Phone,
            Address = applicant.Address,
            EmploymentType = employment.Type,
            EmployerName = employment.EmployerName,
            DeclaredIncome = employment.GrossMonthlyIncome,
            DeclaredDebts = employment.MonthlyDebtPayments,
            VerifiedIncome = application.VerifiedIncome,
            VerifiedDebts = application.VerifiedDebts,
            VehicleYear = vehicle.Year,
            VehicleMakeAndModel = vehicle.Make + " " + vehicle.Model,
            VehicleCondition = vehicle.Condition,
            Vin = vehicle.Vin,
            VehiclePrice = vehicle.Price,
            DownPayment = application.DownPayment,
            RequestedAmount = application.RequestedAmount,
            RequestedTermMonths = application.RequestedTermMonths,
            OfferAmount = offer.Amount,
            OfferTermMonths = offer.TermMonths,
            Installment = offer.Installment,
            Tier = application.Tier,
            InterestMethod = offer.Method.ToString(),
            NominalRate = offer.NominalRate,
            Apr = offer.Apr,
            TotalInterest = offer.TotalInterest,
            Fees = offer.Fees,
            TotalCost = offer.TotalCost,
            AffordableAmount = application.Alternative?.MaxAmountAtRequestedTerm,
            AffordableTermMonths = application.Alternative?.TermForRequestedAmount,
            Rules =
            [
                .. application.RuleResults.Select(r => new RuleLine(
                    r.Code, r.Outcome, ApplicationPresenter.Figure(r.Code, r.Value), ApplicationPresenter.Figure(r.Code, r.Limit),
                    r.Outcome == RuleOutcome.Pass ? "" : presenter.Explain(r))),
            ],
            Terms = policy.Value.TermsOffered(application.Product),
        };
    }
}
