using BackOffice.BuildingBlocks.Amounts;

namespace BackOffice.Lending;

/// <summary>One period's share of a loan: the principal it repays and the interest it pays.</summary>
public readonly record struct AmortisedPart(decimal Principal, decimal Interest)
{
    public decimal Payment => Principal + Interest;
}

/// <summary>
/// The arithmetic of repaying a loan in periods, shared by pricing (Origination) and the loan account
/// (Servicing) so an offer and the account built from it agree to the cent. Every amount is rounded
/// half-to-even to the currency's minor unit and the last period absorbs what rounding left, so the
/// principal sums to the amount exactly.
/// </summary>
public static class Amortisation
{
    /// <summary>The level payment that repays <paramref name="amount"/> over <paramref name="periods"/> at a rate per period.</summary>
    public static decimal LevelPayment(decimal amount, int periods, decimal periodRate, string currency)
    {
        if (periodRate == 0m)
        {
            return Money.Round(amount / periods, currency);
        }

        var discount = 1m - 1m / Power(1m + periodRate, periods);
        return Money.Round(amount * periodRate / discount, currency);
    }

    /// <summary>The amount a level payment repays over the periods at a rate per period (the annuity inverted).</summary>
    public static decimal PresentValue(decimal payment, int periods, decimal periodRate) =>
        periodRate == 0m ? payment * periods : payment * (1m - 1m / Power(1m + periodRate, periods)) / periodRate;

    /// <summary>
    /// Equal payments on a declining balance: each period pays interest on what is still owed at that period's
    /// rate (<paramref name="periodRate"/> is given the 1-based period, so a day count can vary it).
    /// </summary>
    public static IReadOnlyList<AmortisedPart> DecliningBalance(
        decimal amount, int periods, decimal payment, Func<int, decimal> periodRate, string currency)
    {
        var balance = amount;
        var parts = new AmortisedPart[periods];
        for (var period = 1; period <= periods; period++)
        {
            var interest = Money.Round(balance * periodRate(period), currency);
            var principal = period == periods ? balance : Math.Min(balance, Math.Max(0m, payment - interest));
            parts[period - 1] = new AmortisedPart(principal, interest);
            balance -= principal;
        }

        return parts;
    }

    /// <summary>Interest on the original amount for the whole term, spread evenly; the last period absorbs rounding.</summary>
    public static IReadOnlyList<AmortisedPart> Flat(decimal amount, int periods, decimal totalInterest, string currency)
    {
        var principal = SplitEvenly(amount, periods, currency);
        var interest = SplitEvenly(Money.Round(totalInterest, currency), periods, currency);
        return [.. principal.Zip(interest, (p, i) => new AmortisedPart(p, i))];
    }

    /// <summary>
    /// Splits an amount into equal rounded parts; the last takes the remainder so they sum exactly. When rounding
    /// up would leave the last part below zero (a few cents over many parts), the parts are rounded down instead.
    /// </summary>
    public static IReadOnlyList<decimal> SplitEvenly(decimal amount, int parts, string currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parts);
        var each = Money.Round(amount / parts, currency);
        if (Math.Abs(each * (parts - 1)) > Math.Abs(amount))
        {
            each = Math.Round(amount / parts, Money.MinorUnitOf(currency), MidpointRounding.ToZero);
        }

        var split = new decimal[parts];
        for (var i = 0; i < parts - 1; i++)
        {
            split[i] = each;
        }

        split[parts - 1] = amount - each * (parts - 1);
        return split;
    }

    public static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }
}
