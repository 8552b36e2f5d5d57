using System.Globalization;
using BackOffice.BuildingBlocks.Files;
using BackOffice.Servicing.Domain.Ledger;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The journal of a period, line by line, read as it is written to the file.</summary>
internal sealed record JournalExport(DateOnly From, DateOnly To, IAsyncEnumerable<JournalExportLine> Lines)
{
    public static readonly IReadOnlyList<string> Header =
        ["entry_id", "business_date", "value_date", "kind", "loan_number", "account", "account_name", "debit", "credit", "memo", "posted_by", "posted_at_utc"];

    public string FileName(string extension) => $"journal-{From:yyyyMMdd}-{To:yyyyMMdd}.{extension}";

    public async Task WriteCsvAsync(Stream output, CancellationToken cancellationToken)
    {
        await using var csv = new CsvWriter(output);
        await csv.WriteRowAsync(Header);
        await foreach (var line in Lines.WithCancellation(cancellationToken))
        {
            await csv.WriteRowAsync(line.Cells().Select(c => c as string ?? CsvWriter.Number((decimal)c)));
        }
    }

    public async Task WriteXlsxAsync(Stream output, CancellationToken cancellationToken)
    {
        await using var xlsx = await XlsxWriter.CreateAsync(output, "Journal", cancellationToken);
        await xlsx.WriteRowAsync(Header);
        await foreach (var line in Lines.WithCancellation(cancellationToken))
        {
            await xlsx.WriteRowAsync(line.Cells());
        }
    }
}

/// <summary>One line of the export; dates ISO-8601, the time posted in UTC, amounts culture-invariant.</summary>
internal sealed record JournalExportLine(
    Guid EntryId, DateOnly BusinessDate, DateOnly ValueDate, EntryKind Kind, string LoanNumber, string Account, string AccountName,
    decimal Debit, decimal Credit, string Memo, string PostedBy, DateTimeOffset PostedAt)
{
    /// <summary>The cells in header order: text as <see cref="string"/>, amounts as <see cref="decimal"/>.</summary>
    public IEnumerable<object> Cells() =>
    [
        EntryId.ToString(), Day(BusinessDate), Day(ValueDate), Kind.ToString(), LoanNumber, Account, AccountName, Debit, Credit, Memo, PostedBy,
        PostedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    ];

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
