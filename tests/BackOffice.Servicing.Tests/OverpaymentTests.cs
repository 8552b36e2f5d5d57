using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

/// <summary>
/// A payment above the payoff on its value date is refused with the limit, or for credit-holding products held as
/// credit up to the configured limit; a paid-off loan takes no payments until a reversal reopens it; credit held
/// can be paid back to the borrower, never more than is held.
/// </summary>
public sealed class OverpaymentTests
{
    private static readonly DateOnly PaidOn = TestLoans.Booked.AddDays(15);

    private static readonly ServicingPolicy HoldsCredit = new() { CreditHoldingProducts = ["NEW-CAR"], CreditAbovePayoffLimit = 500m };

    [Fact]
    public void The_payoff_itself_is_accepted_and_a_cent_more_is_refused_with_the_payoff_as_the_limit()
    {
        var loan = TestLoans.Open();
        var payoff = loan.QuotePayoff(PaidOn).Total;

        var refused = Assert.Throws<BusinessRuleException>(() => loan.Pay(payoff + 0.01m, PaidOn));
        Assert.Equal(LoanRefusals.PaymentAbovePayoff, refused.Code);
        Assert.Contains("at most 12,060.00, the payoff on 2026-01-25", refused.Message, StringComparison.Ordinal);
        Assert.Empty(loan.Payments);

        loan.Pay(payoff, PaidOn);
        Assert.Equal(LoanStatus.PaidOff, loan.Status);
        Assert.Equal(0m, loan.CreditBalance);
    }

    [Fact]
    public void A_paid_off_loan_refuses_payments_until_a_reversal_reopens_it()
    {
        var loan = TestLoans.Open();
        var payoff = loan.Pay(loan.QuotePayoff(PaidOn).Total, PaidOn);

        var refused = Assert.Throws<BusinessRuleException>(() => loan.Pay(10m, PaidOn));
        Assert.Equal(LoanRefusals.LoanPaidOff, refused.Code);
        Assert.Contains("paid off", refused.Message, StringComparison.Ordinal);

        loan.Reverse(payoff.Id, "returned", "agent", TestLoans.Now, new ServicingPolicy());
        loan.Pay(10m, PaidOn);
        Assert.Equal(LoanStatus.Active, loan.Status);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void A_credit_holding_product_holds_up_to_its_limit_above_the_payoff_and_says_the_limit_when_refused()
    {
        var loan = TestLoans.Open(policy: HoldsCredit);
        var payoff = loan.QuotePayoff(PaidOn).Total;

        var refused = Assert.Throws<BusinessRuleException>(() => loan.Pay(payoff + 500.01m, PaidOn, HoldsCredit));
        Assert.Contains("at most 12,560.00: the payoff on 2026-01-25 (12,060.00) and at most 500.00 held as credit", refused.Message,
            StringComparison.Ordinal);

        loan.Pay(payoff + 500m, PaidOn, HoldsCredit);
        Assert.Equal(LoanStatus.PaidOff, loan.Status);
        Assert.Equal(500m, loan.CreditBalance);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Credit_paid_back_lowers_the_credit_held_and_more_than_is_held_is_refused()
    {
        var loan = TestLoans.Open(policy: HoldsCredit);
        loan.Pay(loan.QuotePayoff(PaidOn).Total + 500m, PaidOn, HoldsCredit);

        var refused = Assert.Throws<BusinessRuleException>(() => loan.RefundCredit(500.01m, "borrower asked", "agent", TestLoans.Now, HoldsCredit));
        Assert.Equal(LoanRefusals.RefundAboveCredit, refused.Code);
        Assert.Contains("holds 500.00 of credit", refused.Message, StringComparison.Ordinal);

        loan.RefundCredit(300m, "borrower asked", "agent", TestLoans.Now, HoldsCredit);
        Assert.Equal(200m, loan.CreditBalance);
        Assert.Equal(300m, loan.Allocations.Where(a => a.Component == AllocationComponent.Refunded).Sum(a => a.Amount));
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Credit_paid_back_before_an_installment_falls_due_is_not_applied_to_it_and_the_replay_keeps_it_so()
    {
        var loan = TestLoans.Open(policy: HoldsCredit);
        var firstDue = loan.Number(1).DueDate;
        loan.CloseThrough(firstDue, HoldsCredit);
        loan.Pay(2 * loan.ScheduledPayment + 300m, firstDue, HoldsCredit);
        var held = loan.CreditBalance;
        loan.RefundCredit(100m, "borrower asked", "agent", TestLoans.Now, HoldsCredit);

        loan.CloseThrough(firstDue.AddMonths(2), HoldsCredit);
        Assert.Equal(held - 100m, loan.Number(3).PrincipalPaid + loan.Number(3).InterestPaid);

        // A back-dated payment replays everything; the refund stays where it was made.
        loan.Pay(50m, firstDue.AddDays(1), HoldsCredit);
        Assert.Equal(100m, loan.Allocations.Where(a => a.Component == AllocationComponent.Refunded).Sum(a => a.Amount));
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void A_reversal_that_would_take_back_credit_already_paid_back_is_refused()
    {
        var loan = TestLoans.Open(policy: HoldsCredit);
        var payment = loan.Pay(loan.QuotePayoff(PaidOn).Total + 400m, PaidOn, HoldsCredit);
        loan.RefundCredit(400m, "borrower asked", "agent", TestLoans.Now, HoldsCredit);
        var before = loan.Snapshot();

        var refused = Assert.Throws<BusinessRuleException>(() => loan.Reverse(payment.Id, "returned", "agent", TestLoans.Now, HoldsCredit));

        Assert.Equal(LoanRefusals.CreditRefunded, refused.Code);
        Assert.False(loan.Payments.Single().IsReversed);
        Assert.Equal(before, loan.Snapshot());
    }
}
