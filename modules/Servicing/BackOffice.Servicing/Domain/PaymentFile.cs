using System.Globalization;
using BackOffice.BuildingBlocks.Files;

namespace BackOffice.Servicing.Domain;

/// <summary>
/// The bank's payment file: UTF-8 CSV with the header <c>reference,loan_number,amount,value_date</c>, amounts with
/// a point and at most two decimals, dates as yyyy-MM-dd. Each line is checked on its own.
/// </summary>
internal static class PaymentFile
{
    public const string Header = "reference,loan_number,amount,value_date";
    public const int MaxRows = 10_000;

    public static IReadOnlyList<PaymentFileRow> Parse(string content)
    {
        if (CsvLines.Read(content, Header, MaxRows) is not { } lines)
        {
            return [new PaymentFileRow(1, "", "", 0m, default, $"The first line must be the header \"{Header}\".")];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<PaymentFileRow>();
        foreach (var (line, cells) in lines)
        {
            var row = ParseLine(line, cells);
            if (row.Error is null && !seen.Add(row.Reference))
            {
                row = row with { Error = "The reference appears twice in the file." };
            }

            rows.Add(row);
        }

        return rows;
    }

    private static PaymentFileRow ParseLine(int line, string[] cells)
    {
        if (cells.Length != 4)
        {
            return new PaymentFileRow(line, "", "", 0m, default, "Expected 4 values: reference, loan number, amount, value date.");
        }

        var (reference, loanNumber) = (cells[0], cells[1].ToUpperInvariant());
        string? error = null;
        if (reference.Length is 0 or > 100)
        {
            error = "The reference is missing or longer than 100 characters.";
        }
        else if (loanNumber.Length == 0)
        {
            error = "The loan number is missing.";
        }

        if (!decimal.TryParse(cells[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            || amount <= 0m || decimal.Round(amount, 2) != amount)
        {
            error ??= $"\"{cells[2]}\" is not an amount (more than zero, a point for decimals, at most two).";
        }

        if (!DateOnly.TryParseExact(cells[3], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var valueDate))
        {
            error ??= $"\"{cells[3]}\" is not a date (yyyy-MM-dd).";
        }

        return new PaymentFileRow(line, reference, loanNumber, amount, valueDate, error);
    }
}
