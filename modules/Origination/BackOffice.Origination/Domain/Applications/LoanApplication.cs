using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;

namespace BackOffice.Origination.Domain.Applications;

/// <summary>
/// A dealer's application for a car loan, from submission through underwriting to booking. State changes go
/// through its methods, which refuse what the lifecycle does not allow.
/// </summary>
internal sealed class LoanApplication : IVersioned
{
    public const string Automated = "automated";

    private LoanApplication()
    {
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public Guid DealerId { get; private set; }

    public string ProductCode { get; private set; } = "";

    public DateTimeOffset SubmittedAt { get; private set; }

    public ApplicationStatus Status { get; private set; }

    public Applicant Applicant { get; private set; } = null!;

    public Employment Employment { get; private set; } = null!;

    public Vehicle Vehicle { get; private set; } = null!;

    public decimal DownPayment { get; private set; }

    public decimal RequestedAmount { get; private set; }

    public int RequestedTermMonths { get; private set; }

    public RiskTier Tier { get; private set; }

    public Offer Offer { get; private set; } = null!;

    public IReadOnlyList<RuleResult> RuleResults { get; private set; } = [];

    /// <summary>What would be affordable instead, when the request is not.</summary>
    public AffordableAlternative? Alternative
    {
        get => AlternativeAmount is null && AlternativeTermMonths is null
            ? null
            : new AffordableAlternative(AlternativeAmount, AlternativeTermMonths);
        private set => (AlternativeAmount, AlternativeTermMonths) = (value?.MaxAmountAtRequestedTerm, value?.TermForRequestedAmount);
    }

    // Stored as two plain columns: an optional owned type whose every column may be null cannot be told from absent.
    private decimal? AlternativeAmount { get; set; }

    private int? AlternativeTermMonths { get; set; }

    public string PolicyVersion { get; private set; } = "";

    public Decision AutomatedDecision { get; private set; }

    public decimal? VerifiedIncome { get; private set; }

    public decimal? VerifiedDebts { get; private set; }

    public string DecidedBy { get; private set; } = Automated;

    public DateTimeOffset DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public Guid? LoanId { get; private set; }

    public DateTimeOffset? BookedAt { get; private set; }

    public DateOnly? FirstDueDate { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public Product Product => ProductCatalogue.Find(ProductCode)!;

    public bool IsOpen => Status is ApplicationStatus.Referred or ApplicationStatus.Approved;

    /// <summary>
    /// The facts the rules decide on for this application at an amount and term, on an income and debts (declared
    /// or verified), given how many other open applications name the same applicant and the same vehicle.
    /// </summary>
    public ApplicationFacts FactsFor(decimal amount, int termMonths, decimal income, decimal debts, (int SameApplicant, int SameVehicle) conflicts) =>
        new(DateOnly.FromDateTime(SubmittedAt.UtcDateTime), Applicant.DateOfBirth, income, debts, Vehicle.Price, Vehicle.Year, amount, termMonths,
            Product, conflicts.SameApplicant, conflicts.SameVehicle);

    public static LoanApplication Submit(
        Guid id, Guid dealerId, Product product, Applicant applicant, Employment employment, Vehicle vehicle,
        decimal downPayment, decimal amount, int termMonths, UnderwritingDecision decision, DateTimeOffset now)
    {
        var application = new LoanApplication
        {
            Id = id,
            DealerId = dealerId,
            ProductCode = product.Code,
            SubmittedAt = now,
            Applicant = applicant,
            Employment = employment,
            Vehicle = vehicle,
            DownPayment = downPayment,
            RequestedAmount = amount,
            RequestedTermMonths = termMonths,
            AutomatedDecision = decision.Outcome,
        };
        application.Apply(decision, Automated, now, note: null);
        return application;
    }

    /// <summary>The underwriter's check of income and debts against documents; the rules are run again on them.</summary>
    public void RecordVerification(decimal income, decimal debts, UnderwritingDecision decision, DateTimeOffset now)
    {
        MustBe(ApplicationStatus.Referred, "verified");
        VerifiedIncome = income;
        VerifiedDebts = debts;
        Reprice(decision);
        DecidedAt = now;
    }

    public void ApproveByUnderwriter(UnderwritingDecision repriced, string underwriter, string note, DateTimeOffset now)
    {
        MustBe(ApplicationStatus.Referred, "approved");
        Apply(repriced with { Outcome = Decision.Approve }, underwriter, now, note);
    }

    public void DeclineByUnderwriter(string underwriter, string note, DateTimeOffset now)
    {
        MustBe(ApplicationStatus.Referred, "declined");
        Status = ApplicationStatus.Declined;
        DecidedBy = underwriter;
        DecidedAt = now;
        DecisionNote = note;
    }

    public void Withdraw(DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new BusinessRuleException("not-open", $"An application that is {Status} cannot be withdrawn.");
        }

        Status = ApplicationStatus.Withdrawn;
        WithdrawnAt = now;
    }

    /// <summary>The dealer confirmed the signed contract of the approved offer: the loan exists from now on.</summary>
    public void Book(Guid loanId, DateTimeOffset now, DateOnly firstDueDate)
    {
        MustBe(ApplicationStatus.Approved, "booked");
        Status = ApplicationStatus.Booked;
        LoanId = loanId;
        BookedAt = now;
        FirstDueDate = firstDueDate;
    }

    private void Reprice(UnderwritingDecision decision)
    {
        Tier = decision.Tier;
        Offer = Offer.From(decision.Offer);
        RuleResults = decision.Rules;
        Alternative = decision.Alternative;
        PolicyVersion = decision.PolicyVersion;
    }

    private void Apply(UnderwritingDecision decision, string decidedBy, DateTimeOffset now, string? note)
    {
        Reprice(decision);
        DecidedBy = decidedBy;
        DecidedAt = now;
        DecisionNote = note;
        Status = decision.Outcome switch
        {
            Decision.Approve => ApplicationStatus.Approved,
            Decision.Refer => ApplicationStatus.Referred,
            _ => ApplicationStatus.Declined,
        };
    }

    private void MustBe(ApplicationStatus expected, string action)
    {
        if (Status != expected)
        {
            var (wanted, actual) = (expected.ToString().ToLowerInvariant(), Status.ToString().ToLowerInvariant());
            throw new BusinessRuleException($"not-{wanted}", $"Only a {wanted} application can be {action}; this one is {actual}.");
        }
    }
}
