using System.Linq.Expressions;
using BackOffice.BuildingBlocks.Amounts;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Domain;

/// <summary>
/// The loan's part of the general ledger. Every change to the account ends by journalising: the position its
/// figures give now (<see cref="Position"/>) less the position already posted is one balanced entry. So the
/// ledger cannot drift from the loan, a replayed allocation posts only what it changed, and a reversal posts
/// the mirror of what it undoes — never an edit.
/// </summary>
internal sealed partial class LoanAccount
{
    private readonly List<JournalEntry> journal = [];

    /// <summary>The offer's origination fee: kept back from what the dealer is paid, income at booking.</summary>
    public decimal OriginationFee { get; private set; }

    /// <summary>What has been paid to the dealer for the car (the amount financed less the origination fee, once funded).</summary>
    public decimal DealerFunded { get; private set; }

    public DateOnly? DealerFundedOn { get; private set; }

    public string? DealerFundingReference { get; private set; }

    /// <summary>Payments received and not reversed, recoveries apart.</summary>
    public decimal Received { get; private set; }

    /// <summary>Payments received after the loan was charged off, not reversed.</summary>
    public decimal Recovered { get; private set; }

    /// <summary>Credit paid back to the borrower.</summary>
    public decimal CreditRefunded { get; private set; }

    public decimal InterestCollected { get; private set; }

    public decimal FeesCollected { get; private set; }

    /// <summary>Interest billed and unpaid: on installments fallen due, and arrears a plan carried onto installments to come.</summary>
    public decimal InterestDue { get; private set; }

    /// <summary>Late fees charged and unpaid, wherever a plan put them.</summary>
    public decimal FeesDue { get; private set; }

    /// <summary>The interest of the installment now accruing (its own, after waivers, arrears carried onto it apart)…</summary>
    public decimal PeriodInterest { get; private set; }

    /// <summary>…what of it was paid ahead of its due date…</summary>
    public decimal PeriodInterestPaid { get; private set; }

    /// <summary>…and its period: interest accrues evenly by the day count from the start to the due date.</summary>
    public DateOnly? AccrualPeriodStart { get; private set; }

    public DateOnly? AccrualPeriodEnd { get; private set; }

    /// <summary>
    /// The position posted so far: the loan's own entries, and the interest the close of business accrued on the
    /// days nothing else moved (<see cref="AccrualPooled"/>).
    /// </summary>
    public LedgerPosition Posted { get; private set; } = LedgerPosition.Zero;

    /// <summary>
    /// Interest accrued by the close of business on days when nothing but the accrual moved, posted in that day's
    /// pooled accrual entry (one per batch of loans, a line per account, none per loan — ADR 14): the loan keeps
    /// its share here, so its posted position is its own lines plus this on the interest receivable and income.
    /// </summary>
    public decimal AccrualPooled { get; private set; }

    /// <summary>What the last day closed added to <see cref="AccrualPooled"/>, for the run's pooled entry; not stored.</summary>
    private decimal accrualToPool;

    /// <summary>Entries made by this unit of work, saved with the loan; not read back with it (the ledger pages read them).</summary>
    public IReadOnlyList<JournalEntry> Journal => journal;

    /// <summary>A loan's ledger figures, as a query the reconciliation runs in the database and as code for one loan.</summary>
    internal static readonly Expression<Func<LoanAccount, LedgerFigures>> FiguresOf = l => new LedgerFigures
    {
        LoanNumber = l.LoanNumber,
        Posted = l.Posted,
        Status = l.Status,
        AmountFinanced = l.AmountFinanced,
        OriginationFee = l.OriginationFee,
        DealerFunded = l.DealerFunded,
        OutstandingPrincipal = l.OutstandingPrincipal,
        CreditBalance = l.CreditBalance,
        AccruedInterest = l.AccruedInterest,
        InterestDue = l.InterestDue,
        FeesDue = l.FeesDue,
        Received = l.Received,
        Recovered = l.Recovered,
        CreditRefunded = l.CreditRefunded,
        InterestCollected = l.InterestCollected,
        FeesCollected = l.FeesCollected,
    };

    private static readonly Func<LoanAccount, LedgerFigures> Figures = FiguresOf.Compile();

    /// <summary>Where the loan stands in each ledger role by its own figures (<see cref="LedgerFigures.Position"/>).</summary>
    public LedgerPosition Position(AccountingBasis basis) => Figures(this).Position(basis);

    /// <summary>
    /// Posts what moved since the last entry as one balanced entry, or nothing when nothing moved.
    /// <paramref name="businessDate"/> is null for a movement outside the close of business: it is carried on the
    /// open business date when saved.
    /// </summary>
    internal JournalEntry? Journalise(
        EntryKind kind, DateOnly? businessDate, DateOnly valueDate, Guid? sourceId, string memo, string by, ChartOfAccounts chart)
    {
        var now = Position(chart.Basis);
        var moves = now.Since(Posted).ToList();
        if (moves.Count == 0)
        {
            return null;
        }

        var entry = JournalEntry.ForLoan(kind, businessDate, valueDate, Id, sourceId, memo, by, moves, chart);
        journal.Add(entry);
        Posted = now;
        return entry;
    }

    /// <summary>
    /// The close of business's posting for a day: when the interest accrued is all that moved, it goes to the pool
    /// (the run posts the batch's sum as one entry); anything else moving too makes the loan its own entry.
    /// </summary>
    private void JournaliseDay(EntryKind kind, DateOnly date, ChartOfAccounts chart)
    {
        var now = Position(chart.Basis);
        var moves = now.Since(Posted).ToList();
        if (kind == EntryKind.Accrual && moves.Count > 0 && moves.All(m => m.Role is LedgerRole.InterestReceivable or LedgerRole.InterestIncome))
        {
            var accrued = now.InterestReceivable - Posted.InterestReceivable;
            AccrualPooled += accrued;
            accrualToPool += accrued;
            Posted = now;
            return;
        }

        Journalise(kind, date, date, null, $"Close of business {date:yyyy-MM-dd}", JournalAuthors.CloseOfBusiness, chart);
    }

    /// <summary>Hands the interest pooled since the last call to the writer of the pooled entry (the close of business).</summary>
    internal decimal TakeAccrualToPool()
    {
        var taken = accrualToPool;
        accrualToPool = 0m;
        return taken;
    }

    /// <summary>Hands the entries made so far to a writer that saves them itself (the close of business).</summary>
    internal IReadOnlyList<JournalEntry> TakeJournal()
    {
        var taken = journal.ToList();
        journal.Clear();
        return taken;
    }

    /// <summary>
    /// Posts the balances of a loan booked before the ledger existed, as one opening entry: its figures are derived
    /// again from its schedule and payments first, as every change does.
    /// </summary>
    public void OpenLedger(ServicingPolicy policy)
    {
        if (Posted != LedgerPosition.Zero)
        {
            return;
        }

        Refresh(policy);
        Journalise(EntryKind.Opening, null, AsOf, null, $"Opening balances of loan {LoanNumber}", JournalAuthors.Opening, policy.Ledger);
    }

    /// <summary>Records that the dealer was paid for the car: the dealer payable is settled from the bank.</summary>
    public void FundDealer(string reference, DateOnly on, string by, ChartOfAccounts chart)
    {
        if (DealerFundedOn is not null)
        {
            throw new BusinessRuleException("dealer-funded", $"The dealer was already paid for loan {LoanNumber} on {DealerFundedOn:yyyy-MM-dd}.");
        }

        if (on < BookedOn)
        {
            throw new BusinessRuleException("funding-before-booking", "The dealer cannot be paid before the loan was booked.");
        }

        DealerFunded = AmountFinanced - OriginationFee;
        DealerFundedOn = on;
        DealerFundingReference = reference;
        Touch();
        Journalise(EntryKind.DealerFunding, null, on, null, $"Dealer paid, reference {reference}", by, chart);
    }

    /// <summary>
    /// The ledger's figures, re-derived with the rest of the account (<see cref="Refresh"/>). Arrears a plan moved
    /// onto installments to come stay billed: they were income when they fell due and must not be earned twice.
    /// </summary>
    private void RefreshLedgerFigures(DateOnly asOf)
    {
        var live = payments.Where(p => !p.IsReversed).ToList();
        Received = live.Where(p => !p.IsRecovery).Sum(p => p.Amount);
        Recovered = live.Where(p => p.IsRecovery).Sum(p => p.Amount);
        CreditRefunded = creditRefunds.Sum(r => r.Amount);
        InterestCollected = installments.Sum(i => i.InterestPaid);
        FeesCollected = installments.Sum(i => i.FeePaid);
        FeesDue = installments.Sum(i => i.FeeOwed);
        InterestDue = installments.Sum(i => i.DueDate <= asOf ? i.InterestOwed : Math.Min(EarnedBefore(i), i.InterestOwed));
        var accruing = InDueOrder.FirstOrDefault(i => i.DueDate > asOf);
        PeriodInterest = accruing is null ? 0m
            : accruing.Interest + Math.Min(accruing.InterestCarried, 0m) - accruing.InterestWaived - accruing.BilledInterestCarried;
        PeriodInterestPaid = accruing is null ? 0m : Math.Max(0m, accruing.InterestPaid - EarnedBefore(accruing));
        AccrualPeriodEnd = accruing?.DueDate;
        AccrualPeriodStart = accruing is null ? null : PeriodStartOf(accruing);
        AccruedInterest = AccrualOn(asOf);
    }

    /// <summary>
    /// Interest an installment not yet due owes that was earned in an earlier period: arrears a plan carried onto
    /// it, and what the balance earned after an earlier installment was paid ahead (owed with this one). It is
    /// receivable already, so it does not accrue again.
    /// </summary>
    private static decimal EarnedBefore(Installment installment) => installment.BilledInterestCarried + Math.Max(installment.InterestCarried, 0m);

    /// <summary>
    /// Interest earned and not yet billed or paid at the end of <paramref name="date"/>: the accruing installment's
    /// interest in proportion to the days of its period gone by (by the loan's day count), less what was paid ahead.
    /// </summary>
    private decimal AccrualOn(DateOnly date)
    {
        if (Status is LoanStatus.PaidOff or LoanStatus.ChargedOff || AccrualPeriodEnd is not { } end || PeriodInterest <= 0m)
        {
            return 0m;
        }

        var start = AccrualPeriodStart ?? BookedOn;
        var whole = Domain.DayCount.Days(start, end, DayCount);
        var elapsed = Math.Clamp(Domain.DayCount.Days(start, date, DayCount), 0, Math.Max(whole, 0));
        var earned = whole <= 0 ? PeriodInterest : Money.Round(PeriodInterest * elapsed / whole, Currency);
        return Math.Max(0m, earned - PeriodInterestPaid);
    }

    /// <summary>
    /// Where an installment's interest period starts: at the booking for the first installment, otherwise at the due
    /// date before it — never more than a month before its own, as when a plan deferred the one before it to the end.
    /// </summary>
    private DateOnly PeriodStartOf(Installment installment)
    {
        if (installments.Min(i => i.Number) == installment.Number)
        {
            return BookedOn;
        }

        var monthBefore = installment.DueDate.AddMonths(-1);
        var previous = installments.Where(i => i.DueDate < installment.DueDate).Select(i => i.DueDate).DefaultIfEmpty(monthBefore).Max();
        return previous > monthBefore ? previous : monthBefore;
    }

    /// <summary>What each installment held before a plan: whether it was due, the billed interest it owed, its interest.</summary>
    private Dictionary<int, (bool Due, decimal Billed, decimal Interest)> BilledByInstallment(DateOnly asOf) =>
        installments.ToDictionary(i => i.Number, i => (i.DueDate <= asOf, i.DueDate <= asOf ? i.InterestOwed : i.BilledInterestCarried, i.Interest));

    /// <summary>
    /// A plan moved arrears off installments already due: the interest it moved stays billed where it went — on a
    /// deferred installment itself, or on the installments to come whose interest the plan raised — so the
    /// restructure creates no income and loses none.
    /// </summary>
    private void CarryBilledInterest(Dictionary<int, (bool Due, decimal Billed, decimal Interest)> before, DateOnly asOf)
    {
        var billedBefore = before.Values.Sum(b => b.Billed);
        var moved = billedBefore - installments.Sum(i => i.DueDate <= asOf ? i.InterestOwed : i.BilledInterestCarried);
        var toCome = InDueOrder.Where(i => i.DueDate > asOf).ToList();
        decimal Room(Installment i) => Math.Max(0m, i.InterestOwed - i.BilledInterestCarried);
        void Carry(Installment installment, decimal most)
        {
            var carry = Math.Min(moved, Math.Max(0m, Math.Min(most, Room(installment))));
            installment.BilledInterestCarried += carry;
            moved -= carry;
        }

        foreach (var deferred in toCome.Where(i => before.TryGetValue(i.Number, out var was) && was.Due))
        {
            Carry(deferred, before[deferred.Number].Billed);
        }

        foreach (var raised in toCome)
        {
            Carry(raised, raised.Interest - (before.TryGetValue(raised.Number, out var was) && !was.Due ? was.Interest : 0m));
        }

        foreach (var rest in toCome)
        {
            Carry(rest, decimal.MaxValue);
        }
    }
}
