using System.Globalization;

namespace BackOffice.Origination.Domain.Identification;

/// <summary>
/// The 18-character resident identity number (GB 11643-1999): 6-digit region, 8-digit birth date,
/// 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0-9 or X).
/// </summary>
internal static class ChineseResidentId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    public static string Normalise(string value) => value.Trim().ToUpperInvariant();

    /// <summary>Null when valid (and, if given, born on <paramref name="dateOfBirth"/>), else why not.</summary>
    public static string? Problem(string? value, DateOnly? dateOfBirth)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Enter the identity number.";
        }

        var id = Normalise(value);
        if (id.Length != 18 || !id[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(id[17]) || id[17] == 'X'))
        {
            return "A resident identity number has 17 digits and a final digit or X.";
        }

        if (BirthDate(id) is not { } born)
        {
            return "The identity number does not contain a valid birth date.";
        }

        if (dateOfBirth is { } stated && stated != born)
        {
            return "The identity number's birth date differs from the date of birth.";
        }

        return CheckCharacter(id) == id[17] ? null : "The identity number's check character does not match.";
    }

    public static char CheckCharacter(string id)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public static DateOnly? BirthDate(string id) =>
        DateOnly.TryParseExact(id.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
