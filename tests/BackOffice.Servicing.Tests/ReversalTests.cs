using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

public sealed class ReversalTests
{
    private static readonly DateOnly FirstDue = TestLoans.Booked.AddMonths(1);
    private static readonly ServicingPolicy Policy = new();

    [Fact]
    public void A_reversal_restores_the_exact_prior_state()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(10));
        loan.Pay(500m, FirstDue.AddDays(10));
        var before = loan.Snapshot();

        var returned = loan.Pay(2_000m, FirstDue.AddDays(10));
        loan.Reverse(returned.Id, "returned by the bank", "agent", TestLoans.Now, Policy);

        Assert.Equal(before, loan.Snapshot());
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Payments_after_a_reversed_one_are_applied_again_in_order()
    {
        var loan = TestLoans.Open();
        var first = loan.Pay(loan.ScheduledPayment, FirstDue);
        var second = loan.Pay(loan.ScheduledPayment, FirstDue.AddMonths(1));
        Assert.True(loan.Number(2).IsSettled);

        loan.Reverse(first.Id, "returned", "agent", TestLoans.Now, Policy);

        Assert.True(loan.Number(1).IsSettled);
        Assert.False(loan.Number(2).IsSettled);
        Assert.All(loan.Allocations, a => Assert.Equal(second.Id, a.PaymentId));
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Reversing_the_payment_that_paid_the_loan_off_reopens_it()
    {
        var loan = TestLoans.Open();
        var payoff = loan.Pay(loan.QuotePayoff(TestLoans.Booked).Total, TestLoans.Booked);
        Assert.Equal(LoanStatus.PaidOff, loan.Status);

        loan.Reverse(payoff.Id, "cheque bounced", "agent", TestLoans.Now, Policy);

        Assert.Equal(LoanStatus.Active, loan.Status);
        Assert.Equal(12_000m, loan.OutstandingPrincipal);
    }

    [Fact]
    public void A_payment_is_reversed_once()
    {
        var loan = TestLoans.Open();
        var payment = loan.Pay(100m, FirstDue);
        loan.Reverse(payment.Id, "returned", "agent", TestLoans.Now, Policy);

        Assert.Throws<BusinessRuleException>(() => loan.Reverse(payment.Id, "again", "agent", TestLoans.Now, Policy));
    }
}
