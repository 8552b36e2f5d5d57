namespace BackOffice.Origination.Domain.Products;

public enum InterestMethod
{
    /// <summary>Equal installments on a declining balance: interest is charged on what is still owed.</summary>
    DecliningBalance,

    /// <summary>Interest on the original amount for the whole term; its true APR is far above the quoted rate.</summary>
    FlatRate,
}

public enum VehicleCondition
{
    New,
    Used,
}

/// <summary>Risk tiers price the same product differently; A is the best.</summary>
public enum RiskTier
{
    A,
    B,
    C,
}

/// <summary>A loan product dealers may quote and apply for.</summary>
public sealed record Product(
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
    public int MinTerm => Terms.Min();

    public int MaxTerm => Terms.Max();

    public decimal RateFor(RiskTier tier) => AnnualRates[tier];
}
