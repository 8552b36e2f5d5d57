using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;

namespace BackOffice.Origination.Tests;

/// <summary>Each rule at its limit (passes or refers as the policy says), just above it, and at the decline limit.</summary>
public sealed class UnderwritingRuleTests
{
    private static readonly UnderwritingPolicy Policy = new();
    private static readonly DateOnly Today = new(2026, 11, 28);

    /// <summary>An applicant every rule passes: 20,000 a month, 2,000 of debts, 100,000 on a 150,000 new car over 36 months.</summary>
    internal static ApplicationFacts Baseline => new(
        ApplicationDate: Today, DateOfBirth: new DateOnly(1990, 1, 1), MonthlyIncome: 20_000m, MonthlyDebts: 2_000m,
        VehiclePrice: 150_000m, VehicleYear: 2026, Amount: 100_000m, TermMonths: 36, Product: ProductCatalogue.NewCar,
        OtherOpenApplicationsOfApplicant: 0, OtherOpenApplicationsForVehicle: 0);

    private static RuleOutcome Outcome(string code, ApplicationFacts facts, decimal installment = 1_000m) =>
        Underwriter.Evaluate(facts, installment, Policy).Single(r => r.Code == code).Outcome;

    [Fact]
    public void The_baseline_applicant_is_approved()
    {
        var decision = Underwriter.Decide(Baseline, Policy);

        Assert.Equal(Decision.Approve, decision.Outcome);
        Assert.Empty(decision.Reasons);
        Assert.Null(decision.Alternative);
    }

    [Theory]
    [InlineData(3_000, RuleOutcome.Pass)]      // 15 %: at the refer limit
    [InlineData(3_002, RuleOutcome.Refer)]     // 15.01 %
    [InlineData(5_000, RuleOutcome.Refer)]     // 25 %: at the decline limit
    [InlineData(5_002, RuleOutcome.Decline)]   // 25.01 %
    public void Payment_to_income(decimal installment, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(ReasonCodes.PaymentToIncome, Baseline with { MonthlyDebts = 0m }, installment));

    [Theory]
    [InlineData(7_000, RuleOutcome.Pass)]      // (7,000 + 1,000) / 20,000 = 40 %
    [InlineData(7_002, RuleOutcome.Refer)]
    [InlineData(9_000, RuleOutcome.Refer)]     // 50 %
    [InlineData(9_002, RuleOutcome.Decline)]
    public void Debt_to_income_counts_declared_debts_and_the_new_installment(decimal debts, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(ReasonCodes.DebtToIncome, Baseline with { MonthlyDebts = debts }));

    [Theory]
    [InlineData(127_500, RuleOutcome.Pass)]    // 85 % of 150,000: at the refer limit
    [InlineData(127_515, RuleOutcome.Refer)]   // 85.01 %
    [InlineData(150_000, RuleOutcome.Refer)]   // 100 %: the US pack's default maximum
    [InlineData(150_000.01, RuleOutcome.Decline)]
    public void Loan_to_value_above_the_refer_limit_is_referred_and_above_the_products_maximum_declined(decimal amount, RuleOutcome expected) =>
        Assert.Equal(
            expected,
            Underwriter.Evaluate(Baseline with { Amount = amount }, 1_000m, new UnderwritingPolicy { PolicyPack = "US" })
                .Single(r => r.Code == ReasonCodes.LoanToValue).Outcome);

    [Theory]
    [InlineData(2021, RuleOutcome.Pass)]       // 36 months from 2026-11 ends in 2029: 8 years old
    [InlineData(2020, RuleOutcome.Refer)]      // 9
    [InlineData(2019, RuleOutcome.Refer)]      // 10
    [InlineData(2018, RuleOutcome.Decline)]    // 11
    public void Vehicle_age_at_the_end_of_the_term(int vehicleYear, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(ReasonCodes.VehicleAgeAtMaturity, Baseline with { VehicleYear = vehicleYear }));

    [Theory]
    [InlineData("2008-11-28", RuleOutcome.Pass)]    // eighteen today
    [InlineData("2008-11-29", RuleOutcome.Decline)] // eighteen tomorrow
    public void Applicant_must_be_an_adult(string born, RuleOutcome expected) =>
        Assert.Equal(
            expected,
            Outcome(
                ReasonCodes.ApplicantAge,
                Baseline with { DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) }));

    [Theory]
    [InlineData("1964-11-28", RuleOutcome.Pass)]    // 65 at maturity (2029-11-28)
    [InlineData("1963-11-28", RuleOutcome.Refer)]   // 66
    [InlineData("1959-11-28", RuleOutcome.Refer)]   // 70
    [InlineData("1958-11-28", RuleOutcome.Decline)] // 71
    public void Applicant_age_at_maturity(string born, RuleOutcome expected) =>
        Assert.Equal(
            expected,
            Outcome(
                ReasonCodes.ApplicantAgeAtMaturity,
                Baseline with { DateOfBirth = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) }));

    [Theory]
    [InlineData(3_000, RuleOutcome.Pass)]
    [InlineData(2_999.99, RuleOutcome.Decline)]
    public void Minimum_income(decimal income, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(ReasonCodes.MinimumIncome, Baseline with { MonthlyIncome = income, MonthlyDebts = 0m }, installment: 0m));

    [Theory]
    [InlineData("NEW-STD", 60, RuleOutcome.Pass)]
    [InlineData("NEW-STD", 72, RuleOutcome.Decline)]
    [InlineData("USED-STD", 36, RuleOutcome.Pass)]
    [InlineData("USED-STD", 48, RuleOutcome.Decline)]
    [InlineData("NEW-STD", 30, RuleOutcome.Decline)]
    public void Term_must_be_one_the_product_offers_within_the_packs_limit(string product, int term, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(ReasonCodes.TermLimit, Baseline with { Product = ProductCatalogue.Find(product)!, TermMonths = term }));

    [Fact]
    public void A_configured_term_limit_declines_longer_terms_even_if_the_product_has_them() =>
        Assert.Equal(
            RuleOutcome.Decline,
            Underwriter.Evaluate(
                    Baseline with { TermMonths = 60 }, 1_000m,
                    new UnderwritingPolicy { Products = new Dictionary<string, ProductLimits> { ["NEW-STD"] = new() { MaxTermMonths = 48 } } })
                .Single(r => r.Code == ReasonCodes.TermLimit).Outcome);

    [Theory]
    [InlineData(0, RuleOutcome.Pass)]
    [InlineData(1, RuleOutcome.Refer)]
    public void Another_open_application_of_the_same_applicant_is_referred(int others, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(ReasonCodes.DuplicateApplicant, Baseline with { OtherOpenApplicationsOfApplicant = others }));

    [Theory]
    [InlineData(0, RuleOutcome.Pass)]
    [InlineData(2, RuleOutcome.Refer)]
    public void Another_open_application_for_the_same_vehicle_is_referred(int others, RuleOutcome expected) =>
        Assert.Equal(expected, Outcome(ReasonCodes.VehicleAlreadyFinanced, Baseline with { OtherOpenApplicationsForVehicle = others }));
}
