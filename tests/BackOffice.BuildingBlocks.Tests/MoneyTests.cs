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
}
