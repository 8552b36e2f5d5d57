namespace BackOffice.Origination.Domain.Identification;

/// <summary>
/// Vehicle identification number (ISO 3779; GB 16735 in China): 17 characters, no I, O or Q, and position 9
/// the check digit computed from the other 16 by the standard transliteration and weights.
/// </summary>
internal static class Vin
{
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public static string Normalise(string value) => value.Trim().ToUpperInvariant();

    /// <summary>Null when valid, else why not.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Enter the VIN.";
        }

        var vin = Normalise(value);
        if (vin.Length != 17)
        {
            return "A VIN has 17 characters.";
        }

        if (vin.Any(c => !char.IsAsciiLetterOrDigit(c) || c is 'I' or 'O' or 'Q'))
        {
            return "A VIN uses digits and letters other than I, O and Q.";
        }

        return CheckDigit(vin) == vin[8] ? null : "The VIN check digit (9th character) does not match.";
    }

    public static char CheckDigit(string vin)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Transliterate(vin[i]) * Weights[i];
        }

        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        'A' or 'J' => 1,
        'B' or 'K' or 'S' => 2,
        'C' or 'L' or 'T' => 3,
        'D' or 'M' or 'U' => 4,
        'E' or 'N' or 'V' => 5,
        'F' or 'W' => 6,
        'G' or 'P' or 'X' => 7,
        'H' or 'Y' => 8,
        'R' or 'Z' => 9,
        _ => 0,
    };
}
