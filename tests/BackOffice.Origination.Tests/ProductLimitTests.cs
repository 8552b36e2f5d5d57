using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;

namespace BackOffice.Origination.Tests;

/// <summary>
/// Term and loan-to-value limits per product, by pack. CN: 《汽车贷款管理办法》 (PBOC/CBRC Order [2017] No. 2) — 5 years,
/// used cars 3; 银发〔2017〕234号 — at most 80 % of a new private car's price, 70 % of a used car's. US: the product's own.
/// </summary>
public sealed class ProductLimitTests
{
    private static readonly UnderwritingPolicy China = new() { PolicyPack = "CN" };
    private static readonly UnderwritingPolicy UnitedStates = new() { PolicyPack = "US" };

    private static ApplicationFacts Facts(Product product, decimal amount, decimal price) =>
        UnderwritingRuleTests.Baseline with { Product = product, Amount = amount, VehiclePrice = price, VehicleYear = 2024 };

    private static RuleResult LoanToValue(ApplicationFacts facts, UnderwritingPolicy policy) =>
        Underwriter.Evaluate(facts, 1_000m, policy).Single(r => r.Code == ReasonCodes.LoanToValue);

    [Fact]
    public void CN_pack_offers_a_used_car_loan_for_at_most_36_months() =>
        Assert.Equal([12, 24, 36], China.TermsOffered(ProductCatalogue.UsedCar));

    [Fact]
    public void CN_pack_offers_a_new_car_loan_for_at_most_60_months() =>
        Assert.Equal([12, 24, 36, 48, 60], China.TermsOffered(ProductCatalogue.NewCar));

    [Fact]
    public void US_pack_offers_every_term_of_the_product() =>
        Assert.Equal([12, 24, 36, 48], UnitedStates.TermsOffered(ProductCatalogue.UsedCar));

    [Theory]
    [InlineData("NEW-STD", 120_000, RuleOutcome.Pass)]        // exactly 80 % of 150,000
    [InlineData("NEW-STD", 120_000.01, RuleOutcome.Decline)]  // one cent above
    [InlineData("NEW-FLAT", 120_000, RuleOutcome.Pass)]
    [InlineData("NEW-FLAT", 120_000.01, RuleOutcome.Decline)]
    [InlineData("USED-STD", 105_000, RuleOutcome.Pass)]       // exactly 70 %
    [InlineData("USED-STD", 105_000.01, RuleOutcome.Decline)]
    public void CN_pack_declines_a_loan_one_cent_above_the_products_maximum_loan_to_value(string product, decimal amount, RuleOutcome expected)
    {
        var result = LoanToValue(Facts(ProductCatalogue.Find(product)!, amount, 150_000m), China);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(product == "USED-STD" ? 0.70m : 0.80m, result.Limit);
    }

    [Fact]
    public void An_application_above_the_maximum_loan_to_value_is_declined_with_the_LTV_reason()
    {
        var decision = Underwriter.Decide(Facts(ProductCatalogue.UsedCar, 105_000.01m, 150_000m) with { TermMonths = 36 }, China);

        Assert.Equal(Decision.Decline, decision.Outcome);
        Assert.Contains(ReasonCodes.LoanToValue, decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void A_configured_maximum_loan_to_value_replaces_the_packs_and_changes_the_policy_version()
    {
        var policy = new UnderwritingPolicy { Products = new Dictionary<string, ProductLimits> { ["USED-STD"] = new() { MaxLoanToValue = 0.60m } } };

        Assert.Equal(0.60m, policy.MaxLoanToValueFor(ProductCatalogue.UsedCar));
        Assert.Equal(36, policy.MaxTermMonthsFor(ProductCatalogue.UsedCar));
        Assert.NotEqual(China.Version, policy.Version);
        Assert.NotEqual(China.Version, UnitedStates.Version);
    }
}
