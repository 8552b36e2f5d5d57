using BackOffice.BuildingBlocks;
using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

/// <summary>
/// The order a payment pays in is the pack's: US interest and principal before late fees (16 CFR 444.4, no
/// pyramiding of late charges), CN fees first. In every pack only unpaid principal and interest make a loan late.
/// </summary>
public sealed class AllocationOrderTests
{
    private static readonly DateOnly FirstDue = TestLoans.Booked.AddMonths(1);
    private static readonly DateOnly SecondDue = FirstDue.AddMonths(1);

    private static readonly ServicingPolicy Us = new() { PolicyPack = PolicyPackOptions.UnitedStates };

    private static readonly ServicingPolicy Cn = new() { PolicyPack = PolicyPackOptions.China };

    /// <summary>Installment 1 paid late (its scheduled payment, after the late fee), installment 2 paid in full on its due date.</summary>
    private static LoanAccount PaidLateThenOnTime(ServicingPolicy policy)
    {
        var loan = TestLoans.Open(policy: policy);
        loan.CloseThrough(FirstDue.AddDays(6), policy);
        Assert.Equal(53.31m, loan.Number(1).Fee);
        loan.Pay(loan.ScheduledPayment, FirstDue.AddDays(7), policy);
        loan.CloseThrough(SecondDue, policy);
        loan.Pay(loan.ScheduledPayment, SecondDue, policy);
        loan.CloseThrough(SecondDue.AddDays(10), policy);
        return loan;
    }

    [Fact]
    public void US_pack_a_full_on_time_payment_pays_its_installment_before_an_earlier_late_fee_and_draws_no_late_fee()
    {
        var loan = PaidLateThenOnTime(Us);

        Assert.True(loan.Number(2).IsSettled);
        Assert.Equal(SecondDue, loan.Number(2).PaidOn);
        Assert.Equal(0m, loan.Number(2).Fee);
        Assert.Equal(53.31m, loan.Number(1).FeeOwed);
        Assert.Equal(0m, loan.Number(1).ScheduledOwed);
        Assert.Equal(0, loan.DaysPastDue);
        Assert.Equal(DelinquencyBuckets.Current, loan.Bucket);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void CN_pack_a_payment_pays_the_earlier_late_fee_first_and_the_installment_left_short_draws_its_own()
    {
        var loan = PaidLateThenOnTime(Cn);

        Assert.Equal(53.31m, loan.Number(1).FeePaid);
        Assert.True(loan.Number(1).IsSettled);
        Assert.Equal(53.31m, loan.Number(2).PrincipalOwed);
        Assert.Equal(53.31m, loan.Number(2).Fee);
        Assert.Equal(10, loan.DaysPastDue);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void US_pack_a_payment_pays_interest_and_principal_of_the_installments_due_and_the_one_coming_and_then_late_fees()
    {
        var loan = TestLoans.Open(policy: Us);
        loan.CloseThrough(FirstDue.AddDays(6), Us);
        var payment = loan.Pay(2 * loan.ScheduledPayment, FirstDue.AddDays(7), Us);

        var parts = loan.Allocations.Where(a => a.PaymentId == payment.Id).Select(a => (a.InstallmentNumber, a.Component)).ToList();
        Assert.Equal([(1, AllocationComponent.Interest), (1, AllocationComponent.Principal), (2, AllocationComponent.Interest),
            (2, AllocationComponent.Principal), (1, AllocationComponent.Fee), (12, AllocationComponent.Principal)], parts);
        Assert.Equal(53.31m, loan.Number(1).FeePaid);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void A_loan_whose_only_arrears_are_an_earlier_late_fee_is_not_past_due_and_draws_no_new_fee_in_the_CN_pack_too()
    {
        var feesLast = new ServicingPolicy { PolicyPack = PolicyPackOptions.China, AllocationOrder = AllocationOrder.FeesLast };
        var loan = TestLoans.Open(policy: feesLast);
        loan.CloseThrough(FirstDue.AddDays(6), feesLast);
        loan.Pay(loan.ScheduledPayment, FirstDue.AddDays(7), feesLast);
        loan.CloseThrough(FirstDue.AddDays(20), feesLast);

        Assert.Equal(53.31m, loan.Number(1).FeeOwed);
        Assert.Equal(0, loan.DaysPastDue);
        Assert.Null(loan.OldestUnpaidDueDate);
        Assert.Equal(53.31m, loan.Installments.Sum(i => i.Fee));
    }

    [Theory]
    [InlineData(PolicyPackOptions.China, null, "FeesFirst")]
    [InlineData(PolicyPackOptions.UnitedStates, null, "FeesLast")]
    [InlineData("us", null, "FeesLast")]
    [InlineData(PolicyPackOptions.UnitedStates, "FeesFirst", "FeesFirst")]
    [InlineData(PolicyPackOptions.China, "FeesLast", "FeesLast")]
    public void Allocation_order_is_the_packs_unless_configured(string pack, string? configured, string expected) =>
        Assert.Equal(
            Enum.Parse<AllocationOrder>(expected),
            new ServicingPolicy { PolicyPack = pack, AllocationOrder = configured is null ? null : Enum.Parse<AllocationOrder>(configured) }
                .Allocation);
}
