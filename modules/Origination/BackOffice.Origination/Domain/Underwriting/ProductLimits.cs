using System.Globalization;
using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Domain.Underwriting;

/// <summary>
/// How long and how large a share of the vehicle's price a product may finance ("Underwriting:Products:USED-STD").
/// What configuration leaves out comes from the pack (<see cref="For"/>).
/// </summary>
internal sealed class ProductLimits
{
    /// <summary>The longest term offered, in months; the product's own longer terms are not offered.</summary>
    public int? MaxTermMonths { get; set; }

    /// <summary>The largest loan as a share of the vehicle price; one cent above it is declined.</summary>
    public decimal? MaxLoanToValue { get; set; }

    /// <summary>
    /// CN: 《汽车贷款管理办法》 (PBOC/CBRC Order [2017] No. 2) caps the term at 5 years, 3 for a used car; PBOC/CBRC
    /// 银发〔2017〕234号 caps the loan at 80 % of a new private car's price and 70 % of a used car's.
    /// US: no statute caps either; the product's own longest term, and at most the whole price (the house's old limit).
    /// </summary>
    public static ProductLimits For(string pack, Product product) =>
        string.Equals(pack, BuildingBlocks.PolicyPackOptions.UnitedStates, StringComparison.OrdinalIgnoreCase)
            ? new() { MaxTermMonths = product.MaxTerm, MaxLoanToValue = 1.00m }
            : product.Condition == VehicleCondition.Used
                ? new() { MaxTermMonths = 36, MaxLoanToValue = 0.70m }
                : new() { MaxTermMonths = 60, MaxLoanToValue = 0.80m };

    /// <summary>These limits, with what they leave out taken from <paramref name="defaults"/>.</summary>
    public ProductLimits Over(ProductLimits defaults) => new()
    {
        MaxTermMonths = MaxTermMonths ?? defaults.MaxTermMonths,
        MaxLoanToValue = MaxLoanToValue ?? defaults.MaxLoanToValue,
    };

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture, $"MaxTermMonths={MaxTermMonths}, MaxLoanToValue={MaxLoanToValue}");
}
