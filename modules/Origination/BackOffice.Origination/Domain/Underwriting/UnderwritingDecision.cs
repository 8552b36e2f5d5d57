using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Pricing;
using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Domain.Underwriting;

/// <summary>The automated decision: outcome, every rule's result, the offer priced, and an alternative if needed.</summary>
internal sealed record UnderwritingDecision(
    Decision Outcome,
    RiskTier Tier,
    PricedLoan Offer,
    IReadOnlyList<RuleResult> Rules,
    AffordableAlternative? Alternative,
    string PolicyVersion)
{
    public IEnumerable<RuleResult> Reasons => Rules.Where(r => r.Outcome != RuleOutcome.Pass);
}
