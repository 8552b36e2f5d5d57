using System.Globalization;
using BackOffice.Lending;

namespace BackOffice.Servicing.Tests;

/// <summary>The lending kernel's arithmetic (ADR 12) that only the account uses: a plan spreads what is overdue evenly.</summary>
public sealed class AmortisationTests
{
    [Theory]
    [InlineData("10000", 12, "833.33", "833.37")]
    [InlineData("0.04", 6, "0.00", "0.04")]
    [InlineData("0.05", 4, "0.01", "0.02")]
    public void Split_evenly_sums_exactly_and_never_leaves_a_negative_part(string amount, int parts, string each, string last)
    {
        var split = Amortisation.SplitEvenly(
            decimal.Parse(amount, CultureInfo.InvariantCulture),
            parts,
            "CNY");

        Assert.Equal(decimal.Parse(amount, CultureInfo.InvariantCulture), split.Sum());
        Assert.Equal(decimal.Parse(each, CultureInfo.InvariantCulture), split[0]);
        Assert.Equal(decimal.Parse(last, CultureInfo.InvariantCulture), split[^1]);
        Assert.All(split, part => Assert.True(part >= 0m));
    }
}
