using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Pricing;
using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Tests;

/// <summary>Expected APRs were computed independently (a float IRR by bisection in Python) from the same cash flows.</summary>
public sealed class PricingTests
{
    [Fact]
    public void Regulation_Z_style_example_5000_over_36_months_at_12_percent_has_an_APR_of_12_percent()
    {
        var loan = ScheduleCalculator.Price(5_000m, 36, 0.12m, InterestMethod.DecliningBalance, fee: 0m);

        Assert.Equal(166.07m, loan.Installment);
        Assert.Equal(0.1200m, loan.Apr);
    }

    [Fact]
    public void An_origination_fee_raises_the_APR_above_the_nominal_rate()
    {
        var loan = ScheduleCalculator.Price(100_000m, 36, 0.065m, InterestMethod.DecliningBalance, fee: 800m);

        Assert.Equal(3_064.90m, loan.Installment);
        Assert.Equal(0.0704m, loan.Apr);
        Assert.Equal(10_336.43m, loan.TotalInterest);
        Assert.Equal(111_136.43m, loan.TotalCost);
    }

    [Fact]
    public void A_flat_rate_of_3_8_percent_discloses_its_true_APR_of_7_15_percent()
    {
        var loan = ScheduleCalculator.Price(100_000m, 36, 0.038m, InterestMethod.FlatRate, fee: 0m);

        Assert.Equal(11_400.00m, loan.TotalInterest);
        Assert.Equal(3_094.45m, loan.Installment);
        Assert.Equal(0.0715m, loan.Apr);
        Assert.True(loan.Apr > 1.8m * loan.NominalRate);
    }

    [Theory]
    [InlineData(100_000, 36, 0.065, InterestMethod.DecliningBalance)]
    [InlineData(33_333.33, 7, 0.0891, InterestMethod.DecliningBalance)]
    [InlineData(99_999.99, 36, 0.038, InterestMethod.FlatRate)]
    [InlineData(12_345.67, 12, 0, InterestMethod.DecliningBalance)]
    public void Last_installment_absorbs_rounding_so_principal_sums_to_the_amount_financed(
        decimal amount, int term, decimal rate, InterestMethod method)
    {
        var loan = ScheduleCalculator.Price(amount, term, rate, method, fee: 0m);

        Assert.Equal(amount, loan.Installments.Sum(i => i.Principal));
        Assert.Equal(term, loan.Installments.Count);
        Assert.All(loan.Installments.SkipLast(1), i => Assert.Equal(loan.Installment, i.Payment));
        Assert.All(loan.Installments, i => Assert.Equal(Math.Round(i.Payment, 2), i.Payment));
        Assert.True(Math.Abs(loan.Installments[^1].Payment - loan.Installment) < term * 0.01m);
    }

    [Fact]
    public void Interest_on_a_declining_balance_falls_each_month()
    {
        var loan = ScheduleCalculator.Price(60_000m, 24, 0.089m, InterestMethod.DecliningBalance, fee: 0m);

        Assert.All(loan.Installments.Zip(loan.Installments.Skip(1)), pair => Assert.True(pair.First.Interest >= pair.Second.Interest));
    }

    [Fact]
    public void Rounding_is_half_to_even()
    {
        // 1,000.00 over 8 months flat at 0 %: 125.00 each. At 1 % flat: interest 6.67 total → 0.83 a month, 0.86 last.
        var loan = ScheduleCalculator.Price(1_000m, 8, 0.01m, InterestMethod.FlatRate, fee: 0m);

        Assert.Equal(6.67m, loan.TotalInterest);
        Assert.Equal(0.83m, loan.Installments[0].Interest);
        Assert.Equal(0.86m, loan.Installments[^1].Interest);
    }

    [Fact]
    public void The_same_loan_always_gets_the_same_APR()
    {
        var first = ScheduleCalculator.Price(87_654.32m, 48, 0.0689m, InterestMethod.DecliningBalance, 1_000m);
        var second = ScheduleCalculator.Price(87_654.32m, 48, 0.0689m, InterestMethod.DecliningBalance, 1_000m);

        Assert.Equal(first.Apr, second.Apr);
    }

    [Fact]
    public void Inverting_the_annuity_finds_the_amount_a_payment_repays()
    {
        var amount = ScheduleCalculator.AmountForPayment(3_064.90m, 36, 0.065m, InterestMethod.DecliningBalance);

        Assert.InRange(amount, 99_999m, 100_001m);
    }
}
