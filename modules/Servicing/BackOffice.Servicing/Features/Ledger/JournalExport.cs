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
