namespace BackOffice.Origination.Domain.Pricing;

/// <summary>
/// The annual percentage rate by the actuarial method (Regulation Z Appendix J; PBOC announcement 2021 No. 3):
/// the monthly rate i at which the installments, discounted, equal what the borrower actually received
/// (the amount financed less fees paid at the start), times 12. Solved in decimal by bisection so the same
/// loan always discloses the same rate.
/// </summary>
public static class AprCalculator
{
    private const decimal Precision = 0.0000000001m;

    /// <summary>APR as a fraction (0.0652 = 6.52 %), rounded half-to-even to a hundredth of a percent.</summary>
    public static decimal Annualise(decimal received, IReadOnlyList<decimal> monthlyPayments)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(received);
        if (monthlyPayments.Sum() <= received)
        {
            return 0m;
        }

        var low = 0m;
        var high = 1m; // 1,200 % a year: no lawful loan is above it.
        while (high - low > Precision)
        {
            var middle = (low + high) / 2m;
            if (PresentValue(monthlyPayments, middle) > received)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return Math.Round((low + high) / 2m * 12m, 4, MidpointRounding.ToEven);
    }

    private static decimal PresentValue(IReadOnlyList<decimal> payments, decimal monthlyRate)
    {
        var value = 0m;
        var discount = 1m;
        var factor = 1m / (1m + monthlyRate);
        foreach (var payment in payments)
        {
            discount *= factor;
            value += payment * discount;
        }

        return value;
    }
}
