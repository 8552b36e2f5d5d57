using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

/// <summary>A loan's arrears are current between closes: payments and reversals change them at once, each close makes days past due grow.</summary>
public sealed class ArrearsTests
{
    private static readonly DateOnly FirstDue = TestLoans.Booked.AddMonths(1);
    private static readonly ServicingPolicy Policy = new();

    [Fact]
    public void A_partial_payment_between_closes_lowers_the_amount_overdue_at_once_and_its_parts_add_up_to_it()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(20));
        var overdue = loan.AmountOverdue;
        Assert.True(loan.OverdueParts().Fees > 0m, "the late fee charged after the grace days is part of what is overdue");

        loan.Pay(300m, FirstDue.AddDays(21));

        Assert.Equal(overdue - 300m, loan.AmountOverdue);
        var (principal, interest, fees) = loan.OverdueParts();
        Assert.Equal(loan.AmountOverdue, principal + interest + fees);
    }

    [Fact]
    public void A_payment_clearing_the_arrears_brings_days_past_due_to_zero_before_the_next_close()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(28));
        Assert.Equal(28, loan.DaysPastDue);

        loan.Pay(loan.AmountOverdue, FirstDue.AddDays(29));

        Assert.Equal((0, 0m), loan.ArrearsFigures);
    }

    [Fact]
    public void A_reversal_brings_the_days_past_due_back_at_once()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(10));
        var before = loan.ArrearsFigures;
        var paid = loan.Pay(loan.AmountOverdue, FirstDue.AddDays(11));

        loan.Reverse(paid.Id, "returned by the bank", "agent", TestLoans.Now, Policy);

        Assert.Equal(before, loan.ArrearsFigures);
        Assert.Equal(10, loan.DaysPastDue);
    }

    [Fact]
    public void An_installment_due_on_the_business_date_is_not_overdue_and_is_one_day_past_due_the_day_after()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue);
        Assert.Equal((0, 0m), loan.ArrearsFigures);

        var next = loan.CloseDay(FirstDue.AddDays(1), Policy);

        Assert.Equal(1, loan.DaysPastDue);
        Assert.Equal(loan.ScheduledPayment, loan.AmountOverdue);
        Assert.True(next.ArrearsChanged);
    }

    [Fact]
    public void Every_close_while_the_loan_is_past_due_reports_its_arrears_changed_and_a_current_loan_none()
    {
        var loan = TestLoans.Open();

        var current = loan.CloseThrough(FirstDue.AddDays(-1));
        var pastDue = loan.CloseThrough(FirstDue.AddDays(40));

        Assert.DoesNotContain(current, d => d.ArrearsChanged);
        Assert.True(pastDue.Skip(1).All(d => d.ArrearsChanged), "each day past due grows by one");
        Assert.Equal(40, loan.DaysPastDue);
    }
}
