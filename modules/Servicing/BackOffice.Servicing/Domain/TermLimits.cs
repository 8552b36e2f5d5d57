namespace BackOffice.Servicing.Domain;

/// <summary>
/// The longest term (months from booking to the last due date, extensions included) each pack allows by default.
/// Servicing tells a used car from a new one by the product: Origination lets a product finance only vehicles of
/// its own condition (USED-STD used ones, NEW-* new ones), so the product code the booking carries says it.
/// </summary>
internal static class TermLimits
{
    /// <summary>
    /// CN: 《汽车贷款管理办法》 (PBOC/CBRC Order [2017] No. 2): an auto loan runs at most 5 years including extensions,
    /// a used-car loan at most 3. A product this table does not know could be a used-car one, so it gets the 3 years.
    /// </summary>
    private static readonly Dictionary<string, int> China = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NEW-STD"] = 60,
        ["NEW-FLAT"] = 60,
        ["USED-STD"] = 36,
    };

    private const int ChinaUnknownProduct = 36;

    /// <summary>US: no statute caps the term; each product's own longest term (what Origination offers) is the limit.</summary>
    private static readonly Dictionary<string, int> UnitedStates = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NEW-STD"] = 60,
        ["NEW-FLAT"] = 36,
        ["USED-STD"] = 48,
    };

    private const int UnitedStatesUnknownProduct = 60;

    public static IReadOnlyDictionary<string, int> Of(string pack) => IsUnitedStates(pack) ? UnitedStates : China;

    public static int For(string pack, string productCode) =>
        Of(pack).TryGetValue(productCode, out var months) ? months
            : IsUnitedStates(pack) ? UnitedStatesUnknownProduct : ChinaUnknownProduct;

    private static bool IsUnitedStates(string pack) =>
        string.Equals(pack, BuildingBlocks.PolicyPackOptions.UnitedStates, StringComparison.OrdinalIgnoreCase);
}
