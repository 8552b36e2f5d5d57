using BackOffice.Origination.Contracts;

namespace BackOffice.Origination.Domain.Products;

/// <summary>
/// The products on offer. Kept in code, reviewed like code: a product change is a pricing decision and goes
/// through review and the audit of a release, not through a form.
/// </summary>
internal static class ProductCatalogue
{
    public static readonly Product NewCar = new(
        "NEW-STD", "New car, standard", VehicleCondition.New, InterestMethod.DecliningBalance,
        [12, 24, 36, 48, 60], 20_000m, 800_000m, 800m,
        new Dictionary<RiskTier, decimal> { [RiskTier.A] = 0.0450m, [RiskTier.B] = 0.0650m, [RiskTier.C] = 0.0890m });

    public static readonly Product UsedCar = new(
        "USED-STD", "Used car, standard", VehicleCondition.Used, InterestMethod.DecliningBalance,
        [12, 24, 36, 48], 10_000m, 400_000m, 1_000m,
        new Dictionary<RiskTier, decimal> { [RiskTier.A] = 0.0690m, [RiskTier.B] = 0.0890m, [RiskTier.C] = 0.1190m });

    /// <summary>Quoted as a flat rate, as some dealers' customers expect; the APR beside it tells the truth.</summary>
    public static readonly Product NewCarFlat = new(
        "NEW-FLAT", "New car, flat-rate quote", VehicleCondition.New, InterestMethod.FlatRate,
        [12, 24, 36], 20_000m, 500_000m, 0m,
        new Dictionary<RiskTier, decimal> { [RiskTier.A] = 0.0300m, [RiskTier.B] = 0.0380m, [RiskTier.C] = 0.0480m });

    public static readonly IReadOnlyList<Product> All = [NewCar, UsedCar, NewCarFlat];

    public static Product? Find(string? code) =>
        All.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));
}
