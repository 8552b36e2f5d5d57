namespace BackOffice.BuildingBlocks.Files;

/// <summary>
/// The small CSV files the back office takes from outside (a bank's payments, an agency's contacts): UTF-8, a fixed
/// header line, comma-separated values without quotes or commas inside them.
/// </summary>
public static class CsvLines
{
    /// <summary>
    /// The lines after the header, numbered as in the file (blank ones left out, at most <paramref name="maxRows"/>),
    /// each split into trimmed values; null when the first line is not <paramref name="header"/>.
    /// </summary>
    public static IReadOnlyList<(int Line, string[] Cells)>? Read(string content, string header, int maxRows)
    {
        var lines = content.TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (!string.Equals(lines[0].Replace(" ", "", StringComparison.Ordinal), header, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return
        [
            .. lines.Select((text, index) => (Line: index + 1, Text: text)).Skip(1)
                .Where(l => !string.IsNullOrWhiteSpace(l.Text))
                .Take(maxRows)
                .Select(l => (l.Line, l.Text.Split(',').Select(c => c.Trim()).ToArray())),
        ];
    }
}
