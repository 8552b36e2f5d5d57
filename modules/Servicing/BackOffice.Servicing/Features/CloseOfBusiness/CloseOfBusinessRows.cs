using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// What closing a day may change on a loan read without its allocations (every loan that holds no credit),
/// and so what the run writes back. A test closes days on such loans and checks nothing else changed.
/// </summary>
internal static class CloseOfBusinessRows
{
    public static readonly IReadOnlyList<string> LoanColumns =
    [
        nameof(LoanAccount.ClosedThrough), nameof(LoanAccount.AccruedInterest), nameof(LoanAccount.DaysPastDue), nameof(LoanAccount.Bucket),
        nameof(LoanAccount.Status), nameof(LoanAccount.PlanInForce), nameof(LoanAccount.EarlyWarningScore), nameof(LoanAccount.EarlyWarningReasons),
        nameof(LoanAccount.EarlyWarningSince), nameof(LoanAccount.Version), nameof(LoanAccount.OutstandingPrincipal), nameof(LoanAccount.LastDueDate),
        nameof(LoanAccount.NextDueDate), nameof(LoanAccount.OldestUnpaidDueDate), nameof(LoanAccount.NextReviewDate),
        nameof(LoanAccount.AmountOverdue), nameof(LoanAccount.RecentLatePayments), nameof(LoanAccount.RecentPartialPayments),
        nameof(LoanAccount.PaymentDriftDays),
    ];

    public static readonly IReadOnlyList<string> InstallmentColumns =
        [nameof(Installment.Status), nameof(Installment.Fee), nameof(Installment.FeeChargedOn)];

    public static (InstallmentStatus, decimal, DateOnly?) StateOf(Installment installment) =>
        (installment.Status, installment.Fee, installment.FeeChargedOn);
}
