using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Loans;

public sealed record LoanDetails(
    LoanAccount Loan, IReadOnlyList<DelinquencyChange> History, IReadOnlyList<RepaymentPlan> Plans, DateOnly Today, IReadOnlyList<string> EarlyWarningReasons);
