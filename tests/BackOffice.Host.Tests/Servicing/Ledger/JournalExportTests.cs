using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace BackOffice.Host.Tests.Servicing.Ledger;

/// <summary>The journal export: one row per line of the period, CSV and XLSX, culture-invariant; a bad period is a form message.</summary>
public sealed class JournalExportTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Csv_export_has_a_row_per_line_of_the_period_and_its_debits_equal_its_credits()
    {
        var (loan, from, to) = await BooksAsync();
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);

        var response = await accountant.GetAsync($"/servicing/Ledger/Csv?from={Day(from)}&to={Day(to)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).TrimStart('\uFEFF');
        var rows = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(Cells).ToList();
        Assert.Equal("entry_id,business_date,value_date,kind,loan_number,account,account_name,debit,credit,memo,posted_by,posted_at_utc",
            string.Join(',', rows[0]));
        Assert.Equal(await LineCountAsync(from, to), rows.Count - 1);
        var lines = rows.Skip(1).ToList();
        Assert.Equal(lines.Sum(r => decimal.Parse(r[7], CultureInfo.InvariantCulture)), lines.Sum(r => decimal.Parse(r[8], CultureInfo.InvariantCulture)));
        Assert.Contains(lines, r => r[3] == "Booking" && r[4] == loan.LoanNumber && r[2] == Day(loan.BookedOn));
        Assert.Contains(lines, r => r[3] == "Accrual" && r[4] == "");
        Assert.All(lines, r => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", r[11]));
    }

    [Fact]
    public async Task Xlsx_export_reads_back_with_the_same_lines_and_amounts_as_numbers()
    {
        var (loan, from, to) = await BooksAsync();
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);

        var response = await accountant.GetAsync($"/servicing/Ledger/Xlsx?from={Day(from)}&to={Day(to)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        var rows = file.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(await LineCountAsync(from, to), rows.Count);
        Assert.Equal(rows.Sum(r => Convert.ToDecimal(r["debit"], CultureInfo.InvariantCulture)),
            rows.Sum(r => Convert.ToDecimal(r["credit"], CultureInfo.InvariantCulture)));
        Assert.IsType<double>(rows[0]["debit"]);
        Assert.Contains(rows, r => (string)r["kind"] == "Booking" && (string)r["loan_number"] == loan.LoanNumber);
    }

    [Theory]
    [InlineData("2026-12-10", "2026-12-01", "ends before it starts")]
    [InlineData("2026-01-01", "2027-01-02", "at most 366 days")]
    public async Task Export_of_a_period_it_cannot_give_is_a_form_message_not_an_error(string from, string to, string message)
    {
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);

        var refused = await accountant.GetAsync($"/servicing/Ledger/Csv?from={from}&to={to}");

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var page = await accountant.FollowAsync(refused);
        Assert.Contains(message, page.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(from, ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#from")!).Value);
    }

    [Fact]
    public async Task Export_of_exactly_366_days_is_given()
    {
        var accountant = await LedgerBooks.SignedInAsync(factory, DemoStaff.Accountant);

        var response = await accountant.GetAsync("/servicing/Ledger/Xlsx?from=2026-01-01&to=2027-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>One CSV record's cells, RFC 4180 quoting undone (the export never breaks a line inside a cell).</summary>
    private static string[] Cells(string record) =>
        [.. System.Text.RegularExpressions.Regex.Matches(record, "(?:^|,)(\"(?:[^\"]|\"\")*\"|[^,]*)")
            .Select(m => m.Groups[1].Value is ['"', .. var quoted, '"'] ? quoted.Replace("\"\"", "\"", StringComparison.Ordinal) : m.Groups[1].Value)];

    private async Task<(BackOffice.Servicing.Domain.LoanAccount Loan, DateOnly From, DateOnly To)> BooksAsync()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        await LedgerBooks.PayAsync(factory, loan, 1_500m, loan.BookedOn);
        await ServicingHost.CloseThroughAsync(factory, loan.BookedOn.AddDays(2));
        return (loan, loan.BookedOn, loan.BookedOn.AddDays(60));
    }

    private Task<int> LineCountAsync(DateOnly start, DateOnly end) =>
        ServicingHost.WithServicingAsync(factory, db =>
            (from line in db.JournalLines
             join entry in db.JournalEntries on line.EntryId equals entry.Id
             where entry.BusinessDate >= start && entry.BusinessDate <= end
             select line.Id).CountAsync(TestContext.Current.CancellationToken));
}
