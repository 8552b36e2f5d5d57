namespace BackOffice.Origination.Domain.Pricing;

/// <summary>
/// The annual percentage rate by the actuarial method (Regulation Z Appendix J; PBOC announcement 2021 No. 3):
/// the monthly rate i at which the installments, discounted, equal what the borrower actually received
/// (the amount financed less fees paid at the start), times 12. Solved in decimal by Newton's method (the
/// present value is smooth and decreasing in i), falling back to bisection should a step leave the bracket,
/// so the same loan always discloses the same rate.
/// </summary>
internal static class AprCalculator
{
    private const decimal Precision = 0.0000000001m;
    private const int MaxSteps = 200;

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
        var rate = 0.01m;
        for (var step = 0; step < MaxSteps && high - low > Precision; step++)
        {
            var (value, slope) = PresentValue(monthlyPayments, rate);
            if (value > received)
            {
                low = rate;
            }
            else
            {
                high = rate;
            }

            var next = slope == 0m ? (low + high) / 2m : rate - (value - received) / slope;
            if (Math.Abs(next - rate) < Precision)
            {
                rate = next;
                break;
            }

            rate = next > low && next < high ? next : (low + high) / 2m;
        }

        return Math.Round(rate * 12m, 4, MidpointRounding.ToEven);
    }

    /// <summary>The present value of the payments at the monthly rate, and its derivative in the rate.</summary>
    private static (decimal Value, decimal Slope) PresentValue(IReadOnlyList<decimal> payments, decimal monthlyRate)
    {
        var value = 0m;
        var slope = 0m;
        var discount = 1m;
        var factor = 1m / (1m + monthlyRate);
        for (var month = 1; month <= payments.Count; month++)
        {
            discount *= factor;
            var discounted = payments[month - 1] * discount;
            value += discounted;
            slope -= month * discounted * factor;
        }

        return (value, slope);
    }
}
