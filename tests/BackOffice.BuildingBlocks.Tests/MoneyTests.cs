using BackOffice.BuildingBlocks.Amounts;

namespace BackOffice.BuildingBlocks.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("2.345", "2.34")]
    [InlineData("2.355", "2.36")]
    [InlineData("-2.345", "-2.34")]
    [InlineData("1000.005", "1000.00")]
    public void Amounts_round_half_to_even_to_the_minor_unit(string raw, string expected)
    {
        var amount = decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Money.Round(amount));
    }

    [Fact]
    public void Yen_has_no_minor_unit()
    {
        Assert.Equal(1234m, Money.Round(1234.5m, "JPY"));
    }

    [Theory]
    [InlineData("10000", 12, "833.33", "833.37")]
    [InlineData("0.04", 6, "0.00", "0.04")]
    [InlineData("0.05", 4, "0.01", "0.02")]
    public void Split_evenly_sums_exactly_and_never_leaves_a_negative_part(string amount, int parts, string each, string last)
    {
        var split = BackOffice.BuildingBlocks.Amounts.Amortisation.SplitEvenly(
            decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture),
            parts,
            "CNY");

        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), split.Sum());
        Assert.Equal(decimal.Parse(each, System.Globalization.CultureInfo.InvariantCulture), split[0]);
        Assert.Equal(decimal.Parse(last, System.Globalization.CultureInfo.InvariantCulture), split[^1]);
        Assert.All(split, part => Assert.True(part >= 0m));
    }
}
