using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

/// <summary>
/// Money paid on an installment not yet due pays only the interest earned by its value date (by the loan's day
/// count, on the principal not yet due); principal repaid early stops earning interest from that date; what the
/// rest of the balance earns to the due date is owed with the next installment.
/// </summary>
public sealed class InterestToPaymentDateTests
{
    private static readonly DateOnly Booked = new(2026, 12, 1);

    private static decimal Cents(decimal amount) => decimal.Round(amount, 2, MidpointRounding.ToEven);

    /// <summary>The case of issue 14: 60,000 at 7.25 % over 60 months, 1,500 paid the day after booking.</summary>
    [Fact]
    public void A_payment_the_day_after_booking_pays_one_days_interest_and_the_payoff_stays_principal_plus_interest_earned()
    {
        var loan = TestLoans.Open(amount: 60_000m, rate: 0.0725m, term: 60, booked: Booked);
        Assert.Equal(362.50m, loan.Number(1).Interest);
        var payoffBefore = loan.QuotePayoff(Booked.AddDays(1)).Total;

        loan.Pay(1_500m, Booked.AddDays(1));

        var dayOne = Cents(60_000m * 0.0725m / 360);
        Assert.Equal(12.08m, dayOne);
        Assert.Equal(dayOne, loan.Installments.Sum(i => i.InterestPaid));
        Assert.Equal(60_000m - (1_500m - dayOne), loan.OutstandingPrincipal);
        Assert.Equal(58_512.08m, loan.QuotePayoff(Booked.AddDays(1)).Total);
        Assert.Equal(payoffBefore - 1_500m, loan.QuotePayoff(Booked.AddDays(1)).Total);
        var nextDay = loan.QuotePayoff(Booked.AddDays(2));
        Assert.Equal(58_512.08m, nextDay.Principal);
        Assert.Equal(Cents(58_512.08m * 0.0725m / 360), nextDay.AccruedInterest);
        Assert.Equal(nextDay.Principal + nextDay.AccruedInterest, nextDay.Total);
        loan.AssertMoneyStaysRight();
    }

    /// <summary>
    /// The interest a payment ahead carries onto the next installment takes the place of as much of its principal
    /// (the last installment repays it): each installment still asks for the scheduled payment, so a borrower who
    /// pays it one to three days early every month is never behind — before, each such payment left the next
    /// installment short by the carried interest, and two thirds of a book paying on time showed days past due.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_borrower_paying_the_scheduled_payment_days_early_every_month_is_never_behind(int daysEarly)
    {
        var loan = TestLoans.Open(amount: 131_769m, rate: 0.051m, term: 12, booked: Booked);
        var installments = loan.Installments.OrderBy(i => i.Number).ToList();
        foreach (var installment in installments.Take(installments.Count - 1))
        {
            loan.Pay(loan.ScheduledPayment, installment.DueDate.AddDays(-daysEarly));
            var closed = loan.CloseThrough(installment.DueDate.AddDays(1));

            Assert.All(closed, day => Assert.Equal(0, loan.DaysPastDue));
            Assert.Equal(0m, loan.AmountOverdue);
            Assert.True(installment.IsSettled, $"installment {installment.Number} owes {installment.Owed}");
            var next = loan.Number(installment.Number + 1);
            if (next != installments[^1])
            {
                // Never more than the scheduled payment; a little less where principal repaid early stopped earning.
                Assert.InRange(next.PrincipalOwed + next.InterestOwed, loan.ScheduledPayment - 10m, loan.ScheduledPayment);
            }

            loan.AssertMoneyStaysRight();
        }

        // The last installment repays the principal the carried interest displaced, and still asks no more than the
        // scheduled payment: paying early saved the borrower the interest of the days gained.
        var last = installments[^1];
        Assert.InRange(last.Owed, loan.ScheduledPayment - 100m, loan.ScheduledPayment);
        loan.Pay(loan.QuotePayoff(last.DueDate).Total, last.DueDate);
        Assert.Equal(LoanStatus.PaidOff, loan.Status);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Paid_on_the_due_date_itself_the_installment_takes_its_whole_interest()
    {
        var loan = TestLoans.Open();
        var due = loan.Number(1).DueDate;
        loan.Pay(loan.ScheduledPayment, due);

        Assert.Equal(120m, loan.Number(1).InterestPaid);
        Assert.Equal(0m, loan.Number(1).InterestWaived + loan.Number(1).InterestCarried);
        Assert.Equal(due, loan.Number(1).PaidOn);
        Assert.Equal(12_000m - loan.Number(1).Principal, loan.OutstandingPrincipal);
    }

    [Fact]
    public void Paid_the_day_before_the_due_date_the_installment_is_settled_with_one_day_less_interest()
    {
        var loan = TestLoans.Open();
        var first = loan.Number(1);
        var dayBefore = first.DueDate.AddDays(-1);
        loan.Pay(loan.ScheduledPayment, dayBefore);

        Assert.Equal(120m - Cents(12_000m * 0.12m / 360), first.InterestPaid);
        Assert.True(first.IsSettled);
        Assert.Equal(dayBefore, first.PaidOn);
        // What the principal still out earns on the last day is owed with installment 2.
        Assert.Equal(-first.InterestCarried, loan.Number(2).InterestCarried);
        Assert.True(loan.Number(2).InterestCarried > 0m);
        Assert.Equal(12_000m - (loan.ScheduledPayment - first.InterestPaid), loan.OutstandingPrincipal);

        loan.CloseThrough(first.DueDate.AddDays(10));
        Assert.Equal(0, loan.DaysPastDue);
        Assert.Equal(0m, loan.Installments.Sum(i => i.Fee));
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Actual_365_counts_the_29th_of_February_in_a_leap_year()
    {
        var policy = new ServicingPolicy { DayCount = DayCountConvention.Actual365 };
        var booked = new DateOnly(2028, 2, 10);
        var loan = TestLoans.Open(policy: policy, booked: booked);
        Assert.Equal(Cents(12_000m * 0.12m * 29 / 365), loan.Number(1).Interest);
        var paidOn = new DateOnly(2028, 3, 1);

        loan.Pay(2_000m, paidOn, policy);

        var earned = Cents(12_000m * 0.12m * 20 / 365);
        Assert.Equal(earned, loan.Number(1).InterestPaid);
        var principal = 12_000m - (2_000m - earned);
        Assert.Equal(principal, loan.OutstandingPrincipal);
        var nextDay = loan.QuotePayoff(paidOn.AddDays(1));
        Assert.Equal(Cents(principal * 0.12m / 365), nextDay.AccruedInterest);
        Assert.Equal(principal + nextDay.AccruedInterest, nextDay.Total);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Thirty_360_counts_february_as_thirty_days()
    {
        var booked = new DateOnly(2027, 2, 1);
        var loan = TestLoans.Open(booked: booked);

        loan.Pay(2_000m, new DateOnly(2027, 2, 28));

        Assert.Equal(Cents(12_000m * 0.12m * 27 / 360), loan.Number(1).InterestPaid);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Two_early_payments_in_one_period_pay_the_interest_each_earned_on_the_balance_then()
    {
        var loan = TestLoans.Open();
        loan.Pay(500m, TestLoans.Booked.AddDays(10));
        var afterFirst = 12_000m - (500m - Cents(12_000m * 0.12m * 10 / 360));
        Assert.Equal(afterFirst, loan.OutstandingPrincipal);

        loan.Pay(500m, TestLoans.Booked.AddDays(20));

        Assert.Equal(Cents(12_000m * 0.12m * 10 / 360) + Cents(afterFirst * 0.12m * 10 / 360), loan.Number(1).InterestPaid);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void The_replay_gives_the_same_loan_whatever_order_the_payments_are_posted_in()
    {
        var dates = new[] { TestLoans.Booked.AddDays(1), TestLoans.Booked.AddMonths(1), TestLoans.Booked.AddMonths(1).AddDays(17) };
        var amounts = new[] { 1_500m, 700m, 1_300m };
        var inOrder = TestLoans.Open();
        var backwards = TestLoans.Open();
        for (var i = 0; i < dates.Length; i++)
        {
            inOrder.Pay(amounts[i], dates[i]);
            backwards.Pay(amounts[^(i + 1)], dates[^(i + 1)]);
        }

        Assert.Equal(Schedule(inOrder), Schedule(backwards));
        Assert.Equal(inOrder.OutstandingPrincipal, backwards.OutstandingPrincipal);
        Assert.Equal(inOrder.QuotePayoff(dates[^1]), backwards.QuotePayoff(dates[^1]));
        inOrder.AssertMoneyStaysRight();
    }

    [Fact]
    public void A_payment_above_the_payoff_is_refused_with_the_limit_and_the_loan_is_left_as_it_was()
    {
        var loan = TestLoans.Open(amount: 60_000m, rate: 0.0725m, term: 60, booked: Booked);
        loan.Pay(1_500m, Booked.AddDays(1));
        var before = loan.Snapshot();

        var refused = Assert.Throws<BusinessRuleException>(() => loan.Pay(100_000_000m, Booked.AddDays(1)));

        Assert.Equal(LoanRefusals.PaymentAbovePayoff, refused.Code);
        Assert.Contains("at most 58,512.08, the payoff on 2026-12-02", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, loan.Snapshot());
        Assert.Single(loan.Payments);
    }

    private static string Schedule(LoanAccount loan) =>
        string.Join('\n', loan.Installments.OrderBy(i => i.Number).Select(i =>
            $"{i.Number} {i.PrincipalPaid} {i.InterestPaid} {i.FeePaid} {i.InterestWaived} {i.InterestCarried} {i.PaidOn} {i.Status}"));
}
