using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Underwriting;

namespace BackOffice.Origination.Features.ApplicationsApi;

/// <summary>What the dealer sees of its application: never the applicant's full file, always the decision and its reasons.</summary>
public sealed record ApplicationDto(
    Guid Id, ApplicationStatus Status, DateTimeOffset SubmittedAt, string ProductCode, decimal RequestedAmount,
    int RequestedTermMonths, DecisionDto Decision, OfferDto? Offer, AffordableAlternative? Alternative, BookingDto? Booking);
