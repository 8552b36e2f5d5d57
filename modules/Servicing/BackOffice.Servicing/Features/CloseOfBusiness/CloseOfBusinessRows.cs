using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;

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
        nameof(LoanAccount.PaymentDriftDays), nameof(LoanAccount.InterestDue), nameof(LoanAccount.FeesDue),
        nameof(LoanAccount.InterestCollected), nameof(LoanAccount.FeesCollected), nameof(LoanAccount.PeriodInterest),
        nameof(LoanAccount.PeriodInterestPaid), nameof(LoanAccount.AccrualPeriodStart), nameof(LoanAccount.AccrualPeriodEnd),
        nameof(LoanAccount.AccrualPooled),
        .. LedgerPosition.Roles.Select(role => $"{nameof(LoanAccount.Posted)}.{role}"),
    ];

    /// <summary>
    /// What a quiet day changes: one on which no installment is reviewed and nothing but the accrual posts (pooled). Most
    /// loans have most days quiet, and writing thirteen columns instead of forty is most of what writing them costs.
    /// </summary>
    public static readonly IReadOnlyList<string> QuietLoanColumns =
    [
        nameof(LoanAccount.ClosedThrough), nameof(LoanAccount.AccruedInterest), nameof(LoanAccount.DaysPastDue), nameof(LoanAccount.Bucket),
        nameof(LoanAccount.Status), nameof(LoanAccount.PlanInForce), nameof(LoanAccount.EarlyWarningScore), nameof(LoanAccount.EarlyWarningReasons),
        nameof(LoanAccount.EarlyWarningSince), nameof(LoanAccount.Version), nameof(LoanAccount.AccrualPooled),
        $"{nameof(LoanAccount.Posted)}.{nameof(LedgerPosition.InterestReceivable)}", $"{nameof(LoanAccount.Posted)}.{nameof(LedgerPosition.InterestIncome)}",
    ];

    public static readonly IReadOnlyList<string> EntryColumns =
    [
        nameof(JournalEntry.Id), nameof(JournalEntry.Kind), nameof(JournalEntry.BusinessDate), nameof(JournalEntry.ValueDate),
        nameof(JournalEntry.LoanId), nameof(JournalEntry.SourceId), nameof(JournalEntry.Memo), nameof(JournalEntry.PostedBy),
        nameof(JournalEntry.PostedAt),
    ];

    public static readonly IReadOnlyList<string> LineColumns =
    [
        nameof(JournalLine.EntryId), nameof(JournalLine.Account), nameof(JournalLine.Role), nameof(JournalLine.LoanId),
        nameof(JournalLine.Debit), nameof(JournalLine.Credit),
    ];

    public static readonly IReadOnlyList<string> InstallmentColumns =
        [nameof(Installment.Status), nameof(Installment.Fee), nameof(Installment.FeeChargedOn)];

    public static (InstallmentStatus, decimal, DateOnly?) StateOf(Installment installment) =>
        (installment.Status, installment.Fee, installment.FeeChargedOn);
}
