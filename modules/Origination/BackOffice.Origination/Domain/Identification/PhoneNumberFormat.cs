using PhoneNumbers;

namespace BackOffice.Origination.Domain.Identification;

/// <summary>Phone numbers in E.164, so "the same number" means the same number everywhere (and to the conduct guard).</summary>
internal static class PhoneNumberFormat
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>The E.164 form of a valid number (China assumed when no country code is given), or null.</summary>
    public static string? ToE164(string? value, string defaultRegion = "CN")
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        try
        {
            var number = Util.Parse(value, defaultRegion);
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumbers.PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }
}
