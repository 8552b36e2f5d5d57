namespace BackOffice.BuildingBlocks.Amounts;

/// <summary>An amount in a currency, rounded half-to-even to the currency's minor unit.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public const string DefaultCurrency = "CNY";

    private static readonly Dictionary<string, int> MinorUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CNY"] = 2,
        ["USD"] = 2,
        ["JPY"] = 0,
    };

    public static Money Of(decimal amount, string currency = DefaultCurrency) =>
        new(Round(amount, currency), currency.ToUpperInvariant());

    public static int MinorUnitOf(string currency) =>
        MinorUnits.TryGetValue(currency, out var digits) ? digits : 2;

    public static decimal Round(decimal amount, string currency = DefaultCurrency) =>
        Math.Round(amount, MinorUnitOf(currency), MidpointRounding.ToEven);

    public static Money operator +(Money left, Money right) => Of(left.Amount + right.SameCurrencyAs(left).Amount, left.Currency);

    public static Money operator -(Money left, Money right) => Of(left.Amount - right.SameCurrencyAs(left).Amount, left.Currency);

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    private Money SameCurrencyAs(Money other) =>
        string.Equals(Currency, other.Currency, StringComparison.OrdinalIgnoreCase)
            ? this
            : throw new InvalidOperationException($"Cannot combine {Currency} with {other.Currency}.");

    public override string ToString() => $"{Amount.ToString("N" + MinorUnitOf(Currency), System.Globalization.CultureInfo.InvariantCulture)} {Currency}";
}
