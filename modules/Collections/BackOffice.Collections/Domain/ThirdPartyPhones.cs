using PhoneNumbers;

namespace BackOffice.Collections.Domain;

/// <summary>Numbers kept in E.164, so "the same number" means the same number in every limit the guard counts.</summary>
internal static class ThirdPartyPhones
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    /// <summary>The number in E.164, reading numbers without a country code as Chinese; null when it is not a valid number.</summary>
    public static string? ToE164(string? text)
    {
        try
        {
            var number = Numbers.Parse(text ?? "", "CN");
            return Numbers.IsValidNumber(number) ? Numbers.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
