using BackOffice.BuildingBlocks.Amounts;
using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Domain.Pricing;

/// <summary>
/// Builds the installment schedule of a loan. Every amount is rounded half-to-even to the minor unit and the
/// last installment absorbs what rounding left, so the principal sums to the amount financed exactly.
/// </summary>
public static class ScheduleCalculator
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
    public static decimal LevelPayment(decimal amount, int termMonths, decimal annualRate, string currency = "CNY")
    {
        var monthly = annualRate / 12m;
        if (monthly == 0m)
        {
            return Money.Round(amount / termMonths, currency);
        }

        var discount = 1m - 1m / Power(1m + monthly, termMonths);
        return Money.Round(amount * monthly / discount, currency);
    }

    /// <summary>The largest amount a payment of <paramref name="payment"/> repays over the term (the annuity inverted).</summary>
    public static decimal AmountForPayment(decimal payment, int termMonths, decimal annualRate, InterestMethod method)
    {
        if (method == InterestMethod.FlatRate)
        {
            return payment * termMonths / (1m + annualRate * termMonths / 12m);
        }

        var monthly = annualRate / 12m;
        return monthly == 0m ? payment * termMonths : payment * (1m - 1m / Power(1m + monthly, termMonths)) / monthly;
    }

    internal static decimal Power(decimal value, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }

    private static List<Installment> DecliningBalance(decimal amount, int termMonths, decimal annualRate, string currency)
    {
        var monthly = annualRate / 12m;
        var payment = LevelPayment(amount, termMonths, annualRate, currency);
        var balance = amount;
        var installments = new List<Installment>(termMonths);
        for (var number = 1; number <= termMonths; number++)
        {
            var interest = Money.Round(balance * monthly, currency);
            var principal = number == termMonths ? balance : payment - interest;
            installments.Add(new Installment(number, principal, interest));
            balance -= principal;
        }

        return installments;
    }

    private static List<Installment> Flat(decimal amount, int termMonths, decimal annualRate, string currency)
    {
        var totalInterest = Money.Round(amount * annualRate * termMonths / 12m, currency);
        var principal = Money.Round(amount / termMonths, currency);
        var interest = Money.Round(totalInterest / termMonths, currency);
        var installments = new List<Installment>(termMonths);
        for (var number = 1; number < termMonths; number++)
        {
            installments.Add(new Installment(number, principal, interest));
        }

        installments.Add(new Installment(termMonths, amount - principal * (termMonths - 1), totalInterest - interest * (termMonths - 1)));
        return installments;
    }
}
