using BackOffice.Origination.Domain.Identification;

namespace BackOffice.Origination.Tests;

public sealed class IdentificationTests
{
    [Theory]
    [InlineData("1M8GDM9AXKP042788")]
    [InlineData("LSVAU218XN2183294")]
    [InlineData("LFV2A21K3A3001234")]
    [InlineData("lgbh52e01ly000001")]
    public void Valid_VINs_pass(string vin) => Assert.Null(Vin.Problem(vin));

    [Theory]
    [InlineData("1M8GDM9A1KP042788", "check digit")]
    [InlineData("1M8GDM9AXKP04278", "17 characters")]
    [InlineData("1M8GDM9AXKP0427888", "17 characters")]
    [InlineData("1M8GDM9AXKO042788", "other than I, O and Q")]
    [InlineData("", "Enter the VIN")]
    public void Invalid_VINs_say_why(string vin, string reason) => Assert.Contains(reason, Vin.Problem(vin), StringComparison.Ordinal);

    [Theory]
    [InlineData("11010519491231002X", "1949-12-31")]
    [InlineData("11010519491231002x", "1949-12-31")]
    [InlineData("440308199901011234", "1999-01-01")]
    [InlineData("110101199003074477", "1990-03-07")]
    public void Valid_resident_ids_pass_with_their_birth_date(string id, string born) =>
        Assert.Null(ChineseResidentId.Problem(id, DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("110105194912310021", "check character")]
    [InlineData("11010519491331002X", "birth date")]
    [InlineData("1101051949123100", "17 digits")]
    [InlineData("1101051949123100AX", "17 digits")]
    public void Invalid_resident_ids_say_why(string id, string reason) =>
        Assert.Contains(reason, ChineseResidentId.Problem(id, null), StringComparison.Ordinal);

    [Fact]
    public void A_resident_id_must_match_the_stated_date_of_birth() =>
        Assert.Contains("differs", ChineseResidentId.Problem("11010519491231002X", new DateOnly(1950, 1, 1)), StringComparison.Ordinal);

    [Theory]
    [InlineData("13812345678", "+8613812345678")]
    [InlineData("138 1234 5678", "+8613812345678")]
    [InlineData("+86 138-1234-5678", "+8613812345678")]
    [InlineData("+1 415 555 2671", "+14155552671")]
    public void Phone_numbers_are_normalised_to_E164(string raw, string e164) => Assert.Equal(e164, PhoneNumberFormat.ToE164(raw));

    [Theory]
    [InlineData("12345")]
    [InlineData("not a phone")]
    [InlineData("")]
    public void Invalid_phone_numbers_have_no_E164_form(string raw) => Assert.Null(PhoneNumberFormat.ToE164(raw));
}
