namespace BackOffice.Origination.Domain.Products;

/// <summary>Risk tiers price the same product differently; A is the best.</summary>
public enum RiskTier
{
    A,
    B,
    C,
}
