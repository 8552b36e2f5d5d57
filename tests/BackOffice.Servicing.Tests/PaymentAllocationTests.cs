using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

public sealed class PaymentAllocationTests
{
    private static readonly DateOnly FirstDue = TestLoans.Booked.AddMonths(1);

    [Fact]
    public void Payment_goes_to_fees_then_interest_then_principal_of_the_oldest_due_installment_first()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddMonths(1).AddDays(6));
        var first = loan.Number(1);
        Assert.Equal(53.31m, first.Fee);

        var payment = loan.Pay(first.Fee + first.Interest + 10m, FirstDue.AddMonths(1).AddDays(6));

        var parts = loan.Allocations.Where(a => a.PaymentId == payment.Id).ToList();
        Assert.Equal([(1, AllocationComponent.Fee, 53.31m), (1, AllocationComponent.Interest, 120m), (1, AllocationComponent.Principal, 10m)],
            parts.Select(a => (a.InstallmentNumber!.Value, a.Component, a.Amount)));
        Assert.Equal(0m, loan.Number(2).PrincipalPaid + loan.Number(2).InterestPaid);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Payment_before_the_due_date_pays_the_next_installment()
    {
        var loan = TestLoans.Open();
        loan.Pay(loan.ScheduledPayment, FirstDue.AddDays(-3));

        Assert.True(loan.Number(1).IsSettled);
        Assert.Equal(FirstDue.AddDays(-3), loan.Number(1).PaidOn);
        Assert.Equal(0m, loan.CreditBalance);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Overpayment_beyond_the_next_installment_prepays_principal_of_the_last_installments_and_the_term_shortens()
    {
        var loan = TestLoans.Open();
        var lastPrincipal = loan.Number(12).Principal;
        loan.Pay(2 * loan.ScheduledPayment + lastPrincipal, FirstDue);

        Assert.True(loan.Number(1).IsSettled);
        Assert.True(loan.Number(2).IsSettled);
        // Installment 3 owes installment 2's interest now and repays as much less principal; the last repays it instead.
        Assert.Equal(-loan.Number(3).PrincipalCarried, loan.Number(12).PrincipalCarried);
        Assert.Equal(lastPrincipal + loan.Number(12).PrincipalCarried, loan.Number(12).PrincipalPaid);
        Assert.Equal(loan.Number(12).Interest, loan.Number(12).InterestWaived);
        Assert.True(loan.Number(12).IsSettled);
        // Installment 2, paid a month ahead, earned no interest yet: its interest went to principal too.
        Assert.Equal(0m, loan.Number(2).InterestPaid);
        Assert.Equal(
            12_000m - loan.Number(1).Principal - loan.Number(2).Principal - lastPrincipal - loan.Number(2).Interest, loan.OutstandingPrincipal);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Overpayment_is_held_as_credit_for_products_that_say_so_and_pays_the_next_installment_when_it_falls_due()
    {
        var policy = new ServicingPolicy { CreditHoldingProducts = ["NEW-CAR"] };
        var loan = TestLoans.Open(policy: policy);
        loan.Pay(2 * loan.ScheduledPayment + 300m, FirstDue, policy);
        // Installment 2, paid a month ahead, took its principal and no interest: its interest is held too.
        var held = 300m + loan.Number(2).Interest;
        Assert.Equal(held, loan.CreditBalance);
        Assert.Equal(0m, loan.Number(3).PrincipalPaid + loan.Number(3).InterestPaid);

        loan.CloseThrough(FirstDue.AddMonths(2), policy);

        Assert.Equal(0m, loan.CreditBalance);
        Assert.Equal(held, loan.Number(3).PrincipalPaid + loan.Number(3).InterestPaid);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Paying_everything_pays_the_loan_off()
    {
        var loan = TestLoans.Open();
        var quote = loan.QuotePayoff(TestLoans.Booked.AddDays(15));
        loan.Pay(quote.Total, TestLoans.Booked.AddDays(15));

        Assert.Equal(LoanStatus.PaidOff, loan.Status);
        Assert.Equal(0m, loan.OutstandingPrincipal);
        Assert.Equal(0m, loan.CreditBalance);
        Assert.Equal(60m, quote.AccruedInterest);
        Assert.Equal(12_060m, quote.Total);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Payoff_quote_adds_interest_accrued_since_the_last_due_date()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue);
        loan.Pay(loan.ScheduledPayment, FirstDue);

        var quote = loan.QuotePayoff(FirstDue.AddDays(15));

        Assert.Equal(loan.OutstandingPrincipal, quote.Principal);
        Assert.Equal(decimal.Round(loan.OutstandingPrincipal * 0.12m * 15 / 360, 2, MidpointRounding.ToEven), quote.AccruedInterest);
        Assert.Equal(quote.Principal + quote.AccruedInterest, quote.Total);
    }

    [Fact]
    public void A_payment_of_nothing_or_with_fractions_of_a_cent_is_refused()
    {
        var loan = TestLoans.Open();

        Assert.Throws<BusinessRuleException>(() => loan.Pay(0m, FirstDue));
        Assert.Throws<BusinessRuleException>(() => loan.Pay(10.005m, FirstDue));
        Assert.Empty(loan.Payments);
    }

    [Fact]
    public void Refunded_late_fees_are_waived_and_what_paid_them_is_applied_again()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(6));
        var fee = loan.Number(1).Fee;
        loan.Pay(loan.Number(1).Owed, FirstDue.AddDays(7));
        var principalBefore = loan.OutstandingPrincipal;

        var refunded = loan.RefundFees(fee + 100m, new ServicingPolicy());

        Assert.Equal(fee, refunded);
        Assert.Equal(0m, loan.Number(1).Fee);
        // Applied again to installment 2, not yet due: the interest it had earned in 7 days, the rest principal.
        var earned = decimal.Round(principalBefore * 0.12m * 7 / 360, 2, MidpointRounding.ToEven);
        Assert.Equal(earned, loan.Number(2).InterestPaid);
        Assert.Equal(principalBefore - (fee - earned), loan.OutstandingPrincipal);
        loan.AssertMoneyStaysRight();
    }
}
