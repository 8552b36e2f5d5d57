using System.Globalization;
using System.Text;

namespace BackOffice.BuildingBlocks.Files;

/// <summary>
/// Writes a CSV file row by row to a stream (UTF-8 with a byte-order mark, so spreadsheets read it as UTF-8), quoting
/// as RFC 4180 says. A text cell that a spreadsheet would run as a formula — it starts with = + - @, a tab or a
/// carriage return — is written with a leading apostrophe (OWASP "CSV injection"); a number is written as it is.
/// </summary>
public sealed class CsvWriter(Stream output) : IAsyncDisposable
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];
    private readonly StreamWriter writer = new(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true)
    {
        NewLine = "\r\n",
    };

    public Task WriteRowAsync(IEnumerable<string> cells) =>
        writer.WriteLineAsync(string.Join(',', cells.Select(Cell)));

    /// <summary>A money amount or count, culture-invariant: never neutralised, so the spreadsheet sums it.</summary>
    public static string Number(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The text a cell holds, made safe to open: a would-be formula becomes plain text, and quotes where needed.</summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && FormulaStarts.Contains(value[0]) && !IsNumber(value) ? "'" + value : value;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : safe;
    }

    public async ValueTask DisposeAsync()
    {
        await writer.FlushAsync();
        await writer.DisposeAsync();
    }

    private static bool IsNumber(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
