using System.Text;
using BackOffice.BuildingBlocks.Files;

namespace BackOffice.BuildingBlocks.Tests;

/// <summary>CSV cells a spreadsheet would run as formulas are written as text (OWASP CSV injection); numbers stay numbers.</summary>
public sealed class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=1", "\"'\r=1\"")]
    public void Cell_that_would_run_as_a_formula_is_written_as_text(string value, string written) =>
        Assert.Equal(written, CsvWriter.Cell(value));

    [Theory]
    [InlineData("-12.50", "-12.50")]
    [InlineData("Interest accrued, 2026-12-01", "\"Interest accrued, 2026-12-01\"")]
    [InlineData("L-2026-000001", "L-2026-000001")]
    [InlineData("", "")]
    public void Plain_cell_and_negative_number_are_written_as_they_are_quoted_only_when_needed(string value, string written) =>
        Assert.Equal(written, CsvWriter.Cell(value));

    [Fact]
    public async Task Rows_are_utf8_with_a_byte_order_mark_and_crlf_line_ends()
    {
        using var output = new MemoryStream();
        await using (var csv = new CsvWriter(output))
        {
            await csv.WriteRowAsync(["a", "贷款"]);
            await csv.WriteRowAsync(["1", CsvWriter.Number(1234.5m)]);
        }

        var bytes = output.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("a,贷款\r\n1,1234.50\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
