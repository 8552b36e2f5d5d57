using BackOffice.Lending;
using BackOffice.Origination.Contracts;

namespace BackOffice.Origination.Domain.Pricing;

/// <summary>
/// Builds the installment schedule of a loan. Every amount is rounded half-to-even to the minor unit and the
/// last installment absorbs what rounding left, so the principal sums to the amount financed exactly.
/// </summary>
internal static class ScheduleCalculator
{
    public static PricedLoan Price(decimal amount, int termMonths, decimal annualRate, InterestMethod method, decimal fee, string currency = "CNY")
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(termMonths);
        ArgumentOutOfRangeException.ThrowIfNegative(annualRate);

        var installments = method == InterestMethod.FlatRate
            ? Flat(amount, termMonths, annualRate, currency)
            : DecliningBalance(amount, termMonths, annualRate, currency);
        var apr = AprCalculator.Annualise(amount - fee, installments.Select(i => i.Payment).ToList());
        return new PricedLoan(amount, termMonths, annualRate, method, fee, installments, apr);
    }

    /// <summary>The level payment that repays <paramref name="amount"/> over the term at the monthly rate.</summary>
    private static decimal LevelPayment(decimal amount, int termMonths, decimal annualRate, string currency = "CNY") =>
        Amortisation.LevelPayment(amount, termMonths, annualRate / 12m, currency);

    /// <summary>The largest amount a payment of <paramref name="payment"/> repays over the term (the annuity inverted).</summary>
    public static decimal AmountForPayment(decimal payment, int termMonths, decimal annualRate, InterestMethod method) =>
        method == InterestMethod.FlatRate
            ? payment * termMonths / (1m + annualRate * termMonths / 12m)
            : Amortisation.PresentValue(payment, termMonths, annualRate / 12m);

    private static List<Installment> DecliningBalance(decimal amount, int termMonths, decimal annualRate, string currency) =>
        Numbered(Amortisation.DecliningBalance(
            amount, termMonths, LevelPayment(amount, termMonths, annualRate, currency), _ => annualRate / 12m, currency));

    private static List<Installment> Flat(decimal amount, int termMonths, decimal annualRate, string currency) =>
        Numbered(Amortisation.Flat(amount, termMonths, amount * annualRate * termMonths / 12m, currency));

    private static List<Installment> Numbered(IReadOnlyList<AmortisedPart> parts) =>
        [.. parts.Select((part, index) => new Installment(index + 1, part.Principal, part.Interest))];
}
