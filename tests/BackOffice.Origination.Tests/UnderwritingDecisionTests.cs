using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;

namespace BackOffice.Origination.Tests;

public sealed class UnderwritingDecisionTests
{
    private static readonly UnderwritingPolicy Policy = new();
    private static ApplicationFacts Baseline => UnderwritingRuleTests.Baseline;

    [Fact]
    public void Any_decline_declines_and_any_refer_otherwise_refers()
    {
        Assert.Equal(Decision.Decline, Underwriter.Decide(Baseline with { MonthlyIncome = 2_000m, MonthlyDebts = 0m }, Policy).Outcome);
        Assert.Equal(Decision.Refer, Underwriter.Decide(Baseline with { OtherOpenApplicationsOfApplicant = 1 }, Policy).Outcome);
    }

    [Fact]
    public void The_same_facts_and_policy_give_the_same_decision_and_name_the_policy_version()
    {
        var first = Underwriter.Decide(Baseline with { MonthlyIncome = 12_000m }, Policy);
        var second = Underwriter.Decide(Baseline with { MonthlyIncome = 12_000m }, new UnderwritingPolicy());

        Assert.Equal(first.Outcome, second.Outcome);
        Assert.Equal(first.Rules, second.Rules);
        Assert.Equal(first.Offer.Apr, second.Offer.Apr);
        Assert.Equal(first.PolicyVersion, second.PolicyVersion);
        Assert.StartsWith("standard-", first.PolicyVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_any_limit_changes_the_policy_version()
    {
        Assert.NotEqual(new UnderwritingPolicy().Version, new UnderwritingPolicy { DebtToIncomeRefer = 0.41m }.Version);
    }

    [Fact]
    public void An_unaffordable_request_says_the_largest_affordable_amount_and_a_longer_term()
    {
        // 10,000 a month: 15 % is 1,500. 100,000 over 36 months costs ≈ 3,000; over 60 months ≈ 1,860.
        var facts = Baseline with { MonthlyIncome = 10_000m, MonthlyDebts = 0m, Amount = 60_000m, VehiclePrice = 100_000m };

        var decision = Underwriter.Decide(facts, Policy);

        Assert.NotEqual(Decision.Approve, decision.Outcome);
        var alternative = Assert.IsType<AffordableAlternative>(decision.Alternative);
        var amount = Assert.NotNull(alternative.MaxAmountAtRequestedTerm);
        Assert.Equal(Decision.Approve, Underwriter.Decide(facts with { Amount = amount }, Policy).Outcome);
        Assert.NotEqual(Decision.Approve, Underwriter.Decide(facts with { Amount = amount + 100m }, Policy).Outcome);
        Assert.Equal(0m, amount % 100m);
        var term = Assert.NotNull(alternative.TermForRequestedAmount);
        Assert.Equal(Decision.Approve, Underwriter.Decide(facts with { TermMonths = term }, Policy).Outcome);
        Assert.Contains(term, ProductCatalogue.NewCar.Terms);
    }

    [Fact]
    public void When_no_term_of_the_product_makes_it_affordable_only_the_smaller_amount_is_offered()
    {
        var facts = Baseline with { MonthlyIncome = 5_000m, MonthlyDebts = 0m, Amount = 100_000m, VehiclePrice = 150_000m };

        var alternative = Underwriter.Decide(facts, Policy).Alternative;

        Assert.NotNull(alternative);
        Assert.Null(alternative.TermForRequestedAmount);
        Assert.NotNull(alternative.MaxAmountAtRequestedTerm);
    }

    [Fact]
    public void Better_risk_gets_a_better_rate()
    {
        var tierA = Underwriter.Decide(Baseline, Policy);
        var tierC = Underwriter.Decide(Baseline with { MonthlyDebts = 8_000m }, Policy);

        Assert.Equal(RiskTier.A, tierA.Tier);
        Assert.Equal(RiskTier.C, tierC.Tier);
        Assert.True(tierA.Offer.NominalRate < tierC.Offer.NominalRate);
    }
}
