using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Domain.Underwriting;

/// <summary>
/// The limits the rules apply ("Underwriting" configuration section). A value at or below a "refer" limit
/// passes; above it the application goes to an underwriter; above the "decline" limit it is declined. The term
/// and loan-to-value limits are per product and default to the pack's (the root "PolicyPack" setting, copied here).
/// </summary>
internal sealed class UnderwritingPolicy
{
    public const string SectionName = "Underwriting";

    /// <summary>A label for people; the version stored with each decision also carries a hash of every limit.</summary>
    public string Name { get; set; } = "standard";

    public decimal PaymentToIncomeRefer { get; set; } = 0.15m;
    public decimal PaymentToIncomeDecline { get; set; } = 0.25m;
    public decimal DebtToIncomeRefer { get; set; } = 0.40m;
    public decimal DebtToIncomeDecline { get; set; } = 0.50m;
    public decimal LoanToValueRefer { get; set; } = 0.85m;
    public int VehicleAgeAtMaturityRefer { get; set; } = 8;
    public int VehicleAgeAtMaturityDecline { get; set; } = 10;
    public int MinimumApplicantAge { get; set; } = 18;
    public int ApplicantAgeAtMaturityRefer { get; set; } = 65;
    public int ApplicantAgeAtMaturityDecline { get; set; } = 70;
    public decimal MinimumMonthlyIncome { get; set; } = 3_000m;

    public string PolicyPack { get; set; } = BuildingBlocks.PolicyPackOptions.China;

    /// <summary>Each product's term and loan-to-value limits; what is not configured is the pack's.</summary>
    public IDictionary<string, ProductLimits> Products { get; set; } = new Dictionary<string, ProductLimits>(StringComparer.OrdinalIgnoreCase);

    public ProductLimits LimitsFor(Product product)
    {
        var defaults = ProductLimits.For(PolicyPack, product);
        return Products.FirstOrDefault(p => string.Equals(p.Key, product.Code, StringComparison.OrdinalIgnoreCase)).Value is { } configured
            ? configured.Over(defaults)
            : defaults;
    }

    public int MaxTermMonthsFor(Product product) => LimitsFor(product).MaxTermMonths!.Value;

    public decimal MaxLoanToValueFor(Product product) => LimitsFor(product).MaxLoanToValue!.Value;

    /// <summary>The product's terms within its limit: the only ones quoted, applied for and approved.</summary>
    public IReadOnlyList<int> TermsOffered(Product product) => [.. product.Terms.Where(t => t <= MaxTermMonthsFor(product))];

    /// <summary>Names every product with the limits in force, so the administrators' page shows them.</summary>
    internal void UsePack(string pack)
    {
        PolicyPack = pack;
        foreach (var product in ProductCatalogue.All)
        {
            Products[product.Code] = LimitsFor(product);
        }
    }

    /// <summary>Changes whenever any limit changes, so a stored decision names exactly the rules it was made under.</summary>
    public string Version
    {
        get
        {
            var limits = string.Join('|', new object[]
            {
                PaymentToIncomeRefer, PaymentToIncomeDecline, DebtToIncomeRefer, DebtToIncomeDecline, LoanToValueRefer,
                VehicleAgeAtMaturityRefer, VehicleAgeAtMaturityDecline, MinimumApplicantAge,
                ApplicantAgeAtMaturityRefer, ApplicantAgeAtMaturityDecline, MinimumMonthlyIncome,
            }.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture))
                .Concat(ProductCatalogue.All.Select(p => $"{p.Code}:{LimitsFor(p)}")));
            return $"{Name}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(limits)))[..8]}";
        }
    }
}
