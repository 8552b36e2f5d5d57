using BackOffice.Origination.Contracts;

namespace BackOffice.Origination.Domain.Products;

/// <summary>A loan product dealers may quote and apply for.</summary>
internal sealed record Product(
    string Code,
    string Name,
    VehicleCondition Condition,
    InterestMethod Method,
    IReadOnlyList<int> Terms,
    decimal MinAmount,
    decimal MaxAmount,
    decimal OriginationFee,
    IReadOnlyDictionary<RiskTier, decimal> AnnualRates,
    string Currency = "CNY")
{
    public int MaxTerm => Terms.Max();

    public decimal RateFor(RiskTier tier) => AnnualRates[tier];
}
