using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Tests;

/// <summary>
/// The general ledger's rules on one loan (12,000 at 12 % over 12 months, 30/360, 800 origination fee): what each
/// movement posts, that entries balance and are never edited, accrual and cash basis.
/// </summary>
public sealed class LedgerTests
{
    private static readonly ChartOfAccounts Chart = new();

    [Fact]
    public void An_unbalanced_entry_is_refused()
    {
        JournalLine Line(LedgerRole role, decimal debit, decimal credit) => new(Chart.CodeOf(role), role, null, debit, credit);

        Assert.Throws<UnbalancedEntryException>(() => JournalEntry.FromLines(EntryKind.Accrual, TestLoans.Booked, null, "x", "test",
            [Line(LedgerRole.InterestReceivable, 10m, 0m), Line(LedgerRole.InterestIncome, 0m, 9.99m)]));
        Assert.Throws<UnbalancedEntryException>(() => JournalEntry.FromLines(EntryKind.Accrual, TestLoans.Booked, null, "x", "test",
            [Line(LedgerRole.InterestReceivable, 10m, 10m), Line(LedgerRole.InterestIncome, 0m, 0m)]));
        Assert.Throws<UnbalancedEntryException>(() => JournalEntry.FromLines(EntryKind.Accrual, TestLoans.Booked, null, "x", "test",
            [Line(LedgerRole.InterestReceivable, -5m, 0m), Line(LedgerRole.InterestIncome, -5m, 0m)]));
        Assert.Single(JournalEntry.FromLines(EntryKind.Accrual, TestLoans.Booked, null, "x", "test",
            [Line(LedgerRole.InterestReceivable, 10m, 0m), Line(LedgerRole.InterestIncome, 0m, 10m)]).Lines, l => l.Debit > 0m);
    }

    [Fact]
    public void Booking_posts_the_principal_receivable_against_the_dealer_payable_and_the_origination_fee()
    {
        var loan = Open();

        var booking = Assert.Single(loan.Journal);
        Assert.Equal(EntryKind.Booking, booking.Kind);
        Assert.Equal(
            [(LedgerRole.PrincipalReceivable, 12_000m, 0m), (LedgerRole.DealerPayable, 0m, 11_200m), (LedgerRole.FeeIncome, 0m, 800m)],
            booking.Lines.Select(l => (l.Role, l.Debit, l.Credit)));
        loan.AssertLedgerAgrees();
    }

    [Fact]
    public void Dealer_funding_settles_the_dealer_payable_from_the_bank_once()
    {
        var loan = Open();

        loan.FundDealer("WIRE-1", TestLoans.Booked, "accountant", Chart);

        Assert.Equal([(LedgerRole.DealerPayable, 11_200m, 0m), (LedgerRole.Cash, 0m, 11_200m)],
            loan.Journal[^1].Lines.Select(l => (l.Role, l.Debit, l.Credit)));
        Assert.Throws<BackOffice.BuildingBlocks.Errors.BusinessRuleException>(() => loan.FundDealer("WIRE-2", TestLoans.Booked, "accountant", Chart));
        loan.AssertLedgerAgrees();
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(15, 60)]
    [InlineData(30, 116)]
    public void Interest_accrues_by_the_days_of_the_period_gone_by(int days, decimal accrued)
    {
        var loan = Open();

        loan.CloseThrough(TestLoans.Booked.AddDays(days));

        Assert.Equal(accrued, loan.AccruedInterest);
        Assert.Equal(accrued, loan.Posted.InterestReceivable);
        Assert.Equal(-accrued - 800m, loan.Posted.InterestIncome + loan.Posted.FeeIncome);
        loan.AssertLedgerAgrees();
    }

    /// <summary>ADR 14: a day on which only interest accrued goes to the batch's pooled entry; the loan keeps its share.</summary>
    [Fact]
    public void A_day_of_nothing_but_accrual_posts_no_entry_of_the_loans_own_and_its_share_goes_to_the_pooled_entry()
    {
        var loan = Open();
        var entriesBefore = loan.Journal.Count;

        loan.CloseThrough(TestLoans.Booked.AddDays(15));

        Assert.Equal(entriesBefore, loan.Journal.Count);
        Assert.Equal(60m, loan.AccrualPooled);
        Assert.Equal(60m, loan.TakeAccrualToPool());
        Assert.Equal(0m, loan.TakeAccrualToPool());
        var pool = PooledAccrual.Entry(TestLoans.Booked.AddDays(15), 60m, 1, Chart)!;
        Assert.Equal([(LedgerRole.InterestReceivable, 60m, 0m), (LedgerRole.InterestIncome, 0m, 60m)],
            pool.Lines.Select(l => (l.Role, l.Debit, l.Credit)));
        Assert.All(pool.Lines, line => Assert.Null(line.LoanId));
        Assert.Null(PooledAccrual.Entry(TestLoans.Booked.AddDays(15), 0m, 0, Chart));
        loan.AssertLedgerAgrees();
    }

    [Fact]
    public void A_day_with_a_late_fee_posts_the_loans_own_entry_with_the_days_accrual_in_it()
    {
        var loan = Open();
        var first = loan.Number(1);
        loan.CloseThrough(first.DueDate);
        var pooledBefore = loan.AccrualPooled;
        loan.TakeAccrualToPool();

        loan.CloseThrough(first.DueDate.AddDays(new ServicingPolicy().GraceDays + 1));

        var fee = Assert.Single(loan.Journal, e => e.Kind == EntryKind.LateFee);
        Assert.Contains(fee.Lines, l => l.Role == LedgerRole.FeesReceivable && l.Debit > 0m && l.LoanId == loan.Id);
        Assert.Contains(fee.Lines, l => l.Role == LedgerRole.InterestReceivable && l.LoanId == loan.Id);
        Assert.True(loan.AccrualPooled > pooledBefore, "the days before the fee pooled their accrual");
        loan.AssertLedgerAgrees();
    }

    [Fact]
    public void On_the_due_date_the_installments_interest_is_billed_and_the_next_period_starts_accruing_from_nothing()
    {
        var loan = Open();
        var first = loan.Number(1);

        loan.CloseThrough(first.DueDate);

        Assert.Equal(0m, loan.AccruedInterest);
        Assert.Equal(first.Interest, loan.InterestDue);
        Assert.Equal(first.Interest, loan.Posted.InterestReceivable);
        loan.AssertLedgerAgrees();
    }

    [Fact]
    public void A_payment_reversal_posts_the_mirror_of_the_payment_entry()
    {
        var loan = Open();
        loan.CloseThrough(loan.Number(1).DueDate);
        var payment = loan.Pay(1_066.19m, loan.Number(1).DueDate);

        loan.Reverse(payment.Id, "returned", "agent", TestLoans.Now, new ServicingPolicy());

        var (paid, reversed) = (loan.Journal[^2], loan.Journal[^1]);
        Assert.Equal(EntryKind.PaymentReversal, reversed.Kind);
        Assert.Equal(payment.Id, reversed.SourceId);
        Assert.Equal(paid.Lines.Select(l => (l.Role, l.Credit, l.Debit)), reversed.Lines.Select(l => (l.Role, l.Debit, l.Credit)));
        loan.AssertLedgerAgrees();
    }

    [Fact]
    public void A_plan_moves_arrears_between_installments_and_creates_no_income()
    {
        var policy = new ServicingPolicy();
        var loan = Open();
        loan.CloseThrough(loan.Number(2).DueDate.AddDays(10));
        var before = loan.Posted;

        var plan = loan.ProposePlan(PlanKind.Defer, 2, "hardship", "maker", TestLoans.Now, policy);
        loan.Activate(plan, "checker", TestLoans.Now, policy);

        Assert.Equal(before.InterestIncome, loan.Posted.InterestIncome);
        Assert.Equal(before.FeeIncome, loan.Posted.FeeIncome);
        Assert.Equal(before.InterestReceivable, loan.Posted.InterestReceivable);
        loan.AssertLedgerAgrees();
    }

    [Fact]
    public void A_payoff_after_a_plan_collects_the_arrears_the_plan_moved_and_waives_none_of_them()
    {
        var policy = new ServicingPolicy();
        var loan = Open();
        loan.CloseThrough(loan.Number(2).DueDate.AddDays(10));
        var arrears = loan.Installments.Where(i => i.DueDate <= loan.AsOf).ToList();
        var (interest, fees) = (arrears.Sum(i => i.InterestOwed), arrears.Sum(i => i.FeeOwed));
        var plan = loan.ProposePlan(PlanKind.Defer, 2, "hardship", "maker", TestLoans.Now, policy);
        loan.Activate(plan, "checker", TestLoans.Now, policy);

        var quote = loan.QuotePayoff(loan.AsOf);
        loan.Pay(quote.Total, loan.AsOf, policy);

        Assert.Equal((interest, fees), (quote.InterestDue, quote.Fees));
        Assert.Equal(LoanStatus.PaidOff, loan.Status);
        Assert.True(loan.InterestCollected >= interest, $"collected {loan.InterestCollected}, billed before the plan {interest}");
        Assert.Equal(fees, loan.FeesCollected);
        loan.AssertLedgerAgrees();
    }

    [Fact]
    public void Charge_off_writes_the_principal_off_and_takes_unpaid_interest_and_fees_out_of_income_then_recoveries_are_income()
    {
        var loan = Open();
        loan.CloseThrough(loan.Number(1).DueDate.AddDays(180));
        Assert.Equal(LoanStatus.ChargedOff, loan.Status);

        Assert.Equal(EntryKind.ChargeOff, loan.Journal[^1].Kind);
        Assert.Equal(12_000m, loan.Posted.ChargeOffLoss);
        Assert.Equal(0m, loan.Posted.PrincipalReceivable + loan.Posted.InterestReceivable + loan.Posted.FeesReceivable);
        Assert.Equal(0m, loan.Posted.InterestIncome);
        Assert.Equal(-800m, loan.Posted.FeeIncome);

        var recovery = loan.Pay(500m, loan.AsOf);

        Assert.True(recovery.IsRecovery);
        Assert.Equal(EntryKind.Recovery, loan.Journal[^1].Kind);
        Assert.Equal(-500m, loan.Posted.RecoveryIncome);
        Assert.Equal(12_000m, loan.OutstandingPrincipal);
        loan.AssertLedgerAgrees();
    }

    [Fact]
    public void Cash_basis_keeps_interest_and_fees_off_the_books_until_they_are_paid()
    {
        var cash = new ChartOfAccounts { Basis = AccountingBasis.Cash };
        var policy = new ServicingPolicy { Ledger = cash };
        var loan = Open(policy);
        loan.CloseThrough(loan.Number(1).DueDate.AddDays(10), policy);
        Assert.Equal(0m, loan.Posted.InterestReceivable + loan.Posted.FeesReceivable);
        Assert.Equal(-800m, loan.Posted.InterestIncome + loan.Posted.FeeIncome);

        loan.Pay(2_000m, loan.AsOf, policy);

        Assert.Equal(-(loan.InterestCollected + loan.FeesCollected + 800m), loan.Posted.InterestIncome + loan.Posted.FeeIncome);
        loan.AssertLedgerAgrees(AccountingBasis.Cash);
    }

    private static LoanAccount Open(ServicingPolicy? policy = null) => TestLoans.Open(policy: policy, originationFee: 800m);
}
