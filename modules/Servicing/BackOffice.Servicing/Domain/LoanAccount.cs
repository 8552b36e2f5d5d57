using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Domain;

/// <summary>
/// A booked loan as Servicing keeps it: the schedule, the payments and where they went, and the figures the
/// daily close of business works from (kept on the account so the run need not read every installment every
/// day). The paid side of the schedule is always derived from the payments, so a reversal can replay them.
/// </summary>
internal sealed partial class LoanAccount : IVersioned
{
    private readonly List<Installment> installments = [];
    private readonly List<Payment> payments = [];
    private readonly List<Allocation> allocations = [];

    private LoanAccount()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The number staff and borrowers quote, e.g. "L-2026-000123".</summary>
    public string LoanNumber { get; private set; } = "";

    public Guid ApplicationId { get; private set; }

    public Guid DealerId { get; private set; }

    public string ProductCode { get; private set; } = "";

    public string Currency { get; private set; } = "CNY";

    public decimal AmountFinanced { get; private set; }

    public decimal AnnualRate { get; private set; }

    public InterestMethod Method { get; private set; }

    public DayCountConvention DayCount { get; private set; }

    public OverpaymentTreatment Overpayment { get; private set; }

    public int TermMonths { get; private set; }

    public decimal Apr { get; private set; }

    public decimal ScheduledPayment { get; private set; }

    public DateOnly BookedOn { get; private set; }

    public Borrower Borrower { get; private set; } = null!;

    public Vehicle Vehicle { get; private set; } = null!;

    public LoanStatus Status { get; private set; }

    /// <summary>A repayment plan is in force: the loan is "in plan" whenever it is open.</summary>
    public bool PlanInForce { get; private set; }

    public decimal OutstandingPrincipal { get; private set; }

    public decimal CreditBalance { get; private set; }

    /// <summary>Interest earned since the last due date, not yet billed; part of a payoff.</summary>
    public decimal AccruedInterest { get; private set; }

    /// <summary>
    /// The last business date closed on this loan (the booking date until the first close of business); the
    /// run never closes a date twice and picks up only loans behind the date it closes.
    /// </summary>
    public DateOnly ClosedThrough { get; private set; }

    public DateOnly? LastDueDate { get; private set; }

    public DateOnly? NextDueDate { get; private set; }

    public DateOnly? OldestUnpaidDueDate { get; private set; }

    /// <summary>The next date on which an installment changes state (falls due, goes overdue, earns a late fee).</summary>
    public DateOnly? NextReviewDate { get; private set; }

    public int DaysPastDue { get; private set; }

    public string Bucket { get; private set; } = DelinquencyBuckets.Current;

    public decimal AmountOverdue { get; private set; }

    public int RecentLatePayments { get; private set; }

    public int RecentPartialPayments { get; private set; }

    public int PaymentDriftDays { get; private set; }

    public int BrokenPromises { get; private set; }

    public int FailedContacts { get; private set; }

    public int EarlyWarningScore { get; private set; }

    /// <summary>Since when the current loan has been on the care team's early-warning worklist; null when it is not on it.</summary>
    public DateOnly? EarlyWarningSince { get; private set; }

    /// <summary>The scorecard's reason codes, comma-separated, e.g. "late-payments:2,drift:5".</summary>
    public string EarlyWarningReasons { get; private set; } = "";

    /// <summary>Changed on every write; a second writer working from a stale copy is refused.</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<Installment> Installments => installments;

    public IReadOnlyList<Payment> Payments => payments;

    public IReadOnlyList<Allocation> Allocations => allocations;

    public bool IsClosed => Status is LoanStatus.PaidOff or LoanStatus.ChargedOff or LoanStatus.Repossessed;

    /// <summary>The business date the account's figures stand at.</summary>
    public DateOnly AsOf => ClosedThrough;

    public static LoanAccount Open(LoanTerms terms, Borrower borrower, Vehicle vehicle, ServicingPolicy policy)
    {
        var loan = new LoanAccount
        {
            Id = terms.LoanId,
            LoanNumber = terms.LoanNumber,
            ApplicationId = terms.ApplicationId,
            DealerId = terms.DealerId,
            ProductCode = terms.ProductCode,
            Currency = terms.Currency,
            AmountFinanced = terms.Principal,
            AnnualRate = terms.AnnualRate,
            Method = terms.Method,
            DayCount = policy.DayCount,
            Overpayment = policy.OverpaymentFor(terms.ProductCode),
            TermMonths = terms.TermMonths,
            Apr = terms.Apr,
            BookedOn = terms.BookedOn,
            ClosedThrough = terms.BookedOn,
            Borrower = borrower,
            Vehicle = vehicle,
            Status = LoanStatus.Active,
            OutstandingPrincipal = terms.Principal,
            Version = Guid.NewGuid(),
        };
        var schedule = LoanSchedule.Build(
            terms.Principal, terms.AnnualRate, terms.Method, terms.TermMonths, terms.BookedOn, terms.FirstDueDate, policy.DayCount, terms.Currency);
        loan.installments.AddRange(schedule.Select(s => new Installment(loan.Id, s.Number, s.DueDate, s.Principal, s.Interest)));
        loan.ScheduledPayment = schedule[0].Payment;
        loan.OriginationFee = terms.OriginationFee;
        loan.Refresh(policy);
        loan.Journalise(Ledger.EntryKind.Booking, null, terms.BookedOn, terms.ApplicationId,
            $"Loan {terms.LoanNumber} booked", JournalAuthors.Booking, policy.Ledger);
        return loan;
    }

    /// <summary>Since when a collector referred the borrower to the care team for hardship; cleared by a plan.</summary>
    public DateOnly? CareReferredOn { get; private set; }

    /// <summary>A collector heard of hardship: the loan goes on the care team's list whatever its status.</summary>
    public void ReferToCare(DateOnly on)
    {
        CareReferredOn ??= on;
        Touch();
    }

    /// <summary>Collections reported a promise to pay that was not kept; it weighs in the early-warning score.</summary>
    public void RecordBrokenPromise() => BrokenPromises++;

    /// <summary>Collections reported a contact attempt that reached nobody or was refused.</summary>
    public void RecordFailedContact() => FailedContacts++;

    /// <summary>Collections reported the vehicle repossessed: the account leaves servicing's daily run.</summary>
    public void MarkRepossessed()
    {
        Status = LoanStatus.Repossessed;
        Touch();
    }

    /// <summary>The status of an open loan: in plan while a plan is in force, otherwise by its bucket.</summary>
    private LoanStatus OpenStatus() =>
        PlanInForce ? LoanStatus.InPlan : Bucket == DelinquencyBuckets.Current ? LoanStatus.Active : LoanStatus.Delinquent;

    private IEnumerable<Installment> InDueOrder => installments.OrderBy(i => i.DueDate).ThenBy(i => i.Number);

    /// <summary>Installments due before the business date and not paid: what is overdue.</summary>
    private IEnumerable<Installment> Overdue => installments.Where(i => i.DueDate < AsOf && !i.IsSettled);

    /// <summary>What <see cref="AmountOverdue"/> is made of; needs the installments read.</summary>
    public (decimal Principal, decimal Interest, decimal Fees) OverdueParts() =>
        (Overdue.Sum(i => i.PrincipalOwed), Overdue.Sum(i => i.InterestOwed), Overdue.Sum(i => i.FeeOwed));

    /// <summary>The figures Collections follows; a change in either is reported to it.</summary>
    public (int DaysPastDue, decimal AmountOverdue) ArrearsFigures => (DaysPastDue, AmountOverdue);

    /// <summary>Days since the oldest installment still unpaid fell due, counted at the end of <paramref name="date"/>.</summary>
    private int DaysPastDueOn(DateOnly date) => OldestUnpaidDueDate is { } oldest && date > oldest ? date.DayNumber - oldest.DayNumber : 0;

    private void Touch() => Version = Guid.NewGuid();

    /// <summary>Re-derives the account's figures from its installments and payments, as at <see cref="AsOf"/>.</summary>
    private void Refresh(ServicingPolicy policy)
    {
        var asOf = AsOf;
        foreach (var installment in installments)
        {
            installment.MarkStatus(asOf);
        }

        OutstandingPrincipal = AmountFinanced - installments.Sum(i => i.PrincipalPaid);
        var unsettled = InDueOrder.Where(i => !i.IsSettled).ToList();
        var dueByNow = installments.Where(i => i.DueDate <= asOf).ToList();
        LastDueDate = dueByNow.Count == 0 ? null : dueByNow.Max(i => i.DueDate);
        NextDueDate = unsettled.Where(i => i.DueDate > asOf).Select(i => (DateOnly?)i.DueDate).FirstOrDefault();
        // Days past due count only unpaid principal and interest, in every pack: arrears of late fees alone are not
        // a late installment (16 CFR 444.4(a)).
        OldestUnpaidDueDate = unsettled.Where(i => i.DueDate <= asOf && i.ScheduledOwed > 0m).Select(i => (DateOnly?)i.DueDate).FirstOrDefault();
        AmountOverdue = Overdue.Sum(i => i.Owed);

        // A payment or reversal between two closes changes the days past due now, not at the next close: what
        // Collections says to the borrower must be what is owed (Reg F §1006.18(b)(2)).
        DaysPastDue = DaysPastDueOn(asOf);
        NextReviewDate = unsettled.Select(i => NextChangeOf(i, asOf, policy)).Where(d => d is not null).Min();
        if (unsettled.Count == 0 && !IsClosed)
        {
            Status = LoanStatus.PaidOff;
        }
        else if (Status == LoanStatus.PaidOff && unsettled.Count > 0)
        {
            // A reversal took back the payment that paid the loan off.
            Status = OpenStatus();
        }

        ScoreInputs(policy, asOf);
        RefreshLedgerFigures(asOf);

        // The accruing installment's due date ends its accrual period even when it was paid ahead: the close of
        // business must then read the schedule to start accruing the next one, or the loan earns nothing until
        // another installment changes.
        if (!IsClosed && AccrualPeriodEnd is { } periodEnd && (NextReviewDate is null || periodEnd < NextReviewDate))
        {
            NextReviewDate = periodEnd;
        }

        Touch();
    }

    private static DateOnly? NextChangeOf(Installment installment, DateOnly asOf, ServicingPolicy policy)
    {
        if (installment.DueDate > asOf)
        {
            return installment.DueDate;
        }

        if (installment.DueDate == asOf)
        {
            return asOf.AddDays(1);
        }

        var feeDay = installment.DueDate.AddDays(policy.GraceDays + 1);
        return installment.FeeChargedOn is null && feeDay > asOf ? feeDay : null;
    }
}
