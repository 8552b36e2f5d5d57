namespace BackOffice.BuildingBlocks.Amounts;

/// <summary>
/// How every module rounds an amount: half-to-even to the currency's minor unit. Amounts themselves are plain
/// <c>decimal</c> with the currency beside them on the record that holds them.
/// </summary>
public static class Money
{
    public const string DefaultCurrency = "CNY";

    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CNY"] = 2,
        ["USD"] = 2,
        ["JPY"] = 0,
    };

    public static int MinorUnitOf(string currency) =>
        MinorUnits.TryGetValue(currency, out var digits) ? digits : 2;

    public static decimal Round(decimal amount, string currency = DefaultCurrency) =>
        Math.Round(amount, MinorUnitOf(currency), MidpointRounding.ToEven);
}
