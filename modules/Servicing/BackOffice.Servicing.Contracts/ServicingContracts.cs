using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Servicing.Contracts;

/// <summary>A payment was allocated to the loan (amounts in the loan's currency).</summary>
public sealed record PaymentPostedIntegrationEvent(
    Guid LoanId, string LoanNumber, Guid PaymentId, string ExternalReference, decimal Amount, DateOnly ValueDate, string Channel, string PostedBy)
    : IntegrationEvent;

/// <summary>A payment came back (returned by the bank, or posted in error); what followed it was re-applied.</summary>
public sealed record PaymentReversedIntegrationEvent(
    Guid LoanId, string LoanNumber, Guid PaymentId, string ExternalReference, decimal Amount, string Reason, string ReversedBy)
    : IntegrationEvent;

/// <summary>The close of business moved the loan to another delinquency bucket ("current", "1-29", … "90+").</summary>
public sealed record DelinquencyChangedIntegrationEvent(
    Guid LoanId, string LoanNumber, DateOnly BusinessDate, string PreviousBucket, string Bucket, int DaysPastDue, decimal AmountOverdue,
    decimal OutstandingPrincipal, int EarlyWarningScore) : IntegrationEvent;

/// <summary>A delinquent loan is current again: everything due is paid.</summary>
public sealed record LoanCuredIntegrationEvent(Guid LoanId, string LoanNumber, DateOnly BusinessDate, string PreviousBucket) : IntegrationEvent;

/// <summary>A current loan scored at or above the early-warning threshold; the care team should call before it is late.</summary>
public sealed record EarlyWarningRaisedIntegrationEvent(Guid LoanId, string LoanNumber, DateOnly BusinessDate, int Score, IReadOnlyList<string> Reasons)
    : IntegrationEvent;

/// <summary>A repayment plan is in force: collection stands down until it ends.</summary>
public sealed record RepaymentPlanActivatedIntegrationEvent(Guid LoanId, string LoanNumber, Guid PlanId, string Kind, string ApprovedBy)
    : IntegrationEvent;

/// <summary>The borrower fell behind on a plan in force; collection may resume.</summary>
public sealed record RepaymentPlanBrokenIntegrationEvent(Guid LoanId, string LoanNumber, Guid PlanId, DateOnly BusinessDate, int DaysPastDue)
    : IntegrationEvent;

/// <summary>The portfolio in a period, for the regulator report: Servicing answers for its own numbers.</summary>
public sealed record PortfolioFiguresQuery(DateOnly From, DateOnly To) : Mediator.IQuery<PortfolioFigures>;

/// <summary>
/// Open accounts by delinquency bucket now; bucket moves in the period ("current→1-29": count) from which roll
/// rates are read; cures; repayment plans put in force by kind (restructures).
/// </summary>
public sealed record PortfolioFigures(
    int OpenAccounts, IReadOnlyDictionary<string, int> AccountsByBucket, IReadOnlyDictionary<string, int> BucketMoves, int Cures,
    IReadOnlyDictionary<string, int> Restructures);

/// <summary>A complaint's remedy: late fees refunded on a loan (waived; money already paid for them is applied again). Answers the amount refunded.</summary>
public sealed record RefundFeesCommand(string LoanNumber, decimal Amount, string Reason, string By) : Mediator.ICommand<decimal>;
