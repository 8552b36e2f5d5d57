using System.Globalization;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Underwriting;
using Microsoft.Extensions.Localization;

namespace BackOffice.Origination.Features.ApplicationsApi;

/// <summary>Turns an application into what the dealer reads, with each reason worded in the request's language.</summary>
internal sealed class ApplicationPresenter(IStringLocalizer<OriginationResource> text)
{
    public ApplicationDto ToDto(LoanApplication application)
    {
        Decision? outcome = application.Status switch
        {
            ApplicationStatus.Approved or ApplicationStatus.Booked => Decision.Approve,
            ApplicationStatus.Declined => Decision.Decline,
            ApplicationStatus.Referred => Decision.Refer,
            _ => null,
        };
        var offered = application.Status is ApplicationStatus.Approved or ApplicationStatus.Booked or ApplicationStatus.Referred;
        var offer = application.Offer;
        return new ApplicationDto(
            application.Id, application.Status, application.SubmittedAt, application.ProductCode, application.RequestedAmount,
            application.RequestedTermMonths,
            new DecisionDto(outcome, application.DecidedBy == LoanApplication.Automated ? LoanApplication.Automated : "underwriter",
                application.DecidedAt, application.PolicyVersion, [.. Reasons(application.RuleResults)], application.DecisionNote),
            offered
                ? new OfferDto(
                    offer.Amount, offer.TermMonths, offer.NominalRate, offer.Method, offer.Installment, offer.TotalInterest, offer.Fees,
                    offer.TotalCost, offer.Apr, application.Tier)
                : null,
            application.Alternative,
            application.LoanId is { } loanId ? new BookingDto(loanId, application.BookedAt!.Value, application.FirstDueDate!.Value) : null);
    }

    private IEnumerable<ReasonDto> Reasons(IEnumerable<RuleResult> results) =>
        results.Where(r => r.Outcome != RuleOutcome.Pass).Select(r => new ReasonDto(r.Code, r.Outcome, r.Value, r.Limit, Explain(r)));

    /// <summary>The rule's reason in words, with its numbers.</summary>
    public string Explain(RuleResult result) =>
        text[result.Code, Figure(result.Code, result.Value), Figure(result.Code, result.Limit)].Value;

    /// <summary>A rule's figure as people read it: ratios as percentages, income with cents, the rest whole.</summary>
    public static string Figure(string code, decimal value) => value.ToString(
        code switch
        {
            ReasonCodes.PaymentToIncome or ReasonCodes.DebtToIncome or ReasonCodes.LoanToValue => "P2",
            ReasonCodes.MinimumIncome => "N2",
            _ => "0",
        },
        CultureInfo.CurrentCulture);
}
