using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Features.Applications;

/// <summary>What the underwriter's page shows of one application: the file, every rule with its numbers, the offer.</summary>
internal sealed record ApplicationFile
{
    public required Guid Id { get; init; }

    /// <summary>The version the underwriter sees; a form sent from this page is refused if the application changed since.</summary>
    public required Guid Version { get; init; }

    public required ApplicationStatus Status { get; init; }

    public required DateTimeOffset SubmittedAt { get; init; }

    public required string DealerName { get; init; }

    /// <summary>"automated", or the underwriter who decided, by name.</summary>
    public required string DecidedBy { get; init; }

    public required string PolicyVersion { get; init; }

    public required string? DecisionNote { get; init; }

    public required string ApplicantName { get; init; }

    public required string IdType { get; init; }

    public required string IdNumber { get; init; }

    public required DateOnly DateOfBirth { get; init; }

    public required string Phone { get; init; }

    public required string Address { get; init; }

    public required EmploymentType EmploymentType { get; init; }

    public required string EmployerName { get; init; }

    public required decimal DeclaredIncome { get; init; }

    public required decimal DeclaredDebts { get; init; }

    public required decimal? VerifiedIncome { get; init; }

    public required decimal? VerifiedDebts { get; init; }

    public required int VehicleYear { get; init; }

    public required string VehicleMakeAndModel { get; init; }

    public required VehicleCondition VehicleCondition { get; init; }

    public required string Vin { get; init; }

    public required decimal VehiclePrice { get; init; }

    public required decimal DownPayment { get; init; }

    public required decimal RequestedAmount { get; init; }

    public required int RequestedTermMonths { get; init; }

    public required decimal OfferAmount { get; init; }

    public required int OfferTermMonths { get; init; }

    public required decimal Installment { get; init; }

    public required RiskTier Tier { get; init; }

    public required string InterestMethod { get; init; }

    public required decimal NominalRate { get; init; }

    public required decimal Apr { get; init; }

    public required decimal TotalInterest { get; init; }

    public required decimal Fees { get; init; }

    public required decimal TotalCost { get; init; }

    /// <summary>What would be affordable instead, when the request is not: a smaller amount, a longer term, or both.</summary>
    public required decimal? AffordableAmount { get; init; }

    public required int? AffordableTermMonths { get; init; }

    public required IReadOnlyList<RuleLine> Rules { get; init; }

    /// <summary>The terms the product offers, for the underwriter to approve another.</summary>
    public required IReadOnlyList<int> Terms { get; init; }

    public bool CanDecide => Status == ApplicationStatus.Referred;
}
