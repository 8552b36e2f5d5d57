using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// The entries one batch of the close of business posts, written with prepared INSERTs. The day's accruals of
/// every loan in the batch are one entry: a line per loan on the control accounts (so each loan's balance is
/// still the sum of its lines) and one summed line per income account. Late fees and charge-offs keep an entry
/// per loan.
/// </summary>
internal sealed class CloseOfBusinessJournal(DateOnly date, DateTimeOffset postedAt)
{
    private readonly List<JournalEntry> own = [];
    private readonly List<JournalLine> accrualLines = [];
    private readonly Dictionary<(LedgerRole Role, string Account), decimal> summed = [];

    public void Add(IEnumerable<JournalEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry.Kind != EntryKind.Accrual)
            {
                own.Add(entry);
                continue;
            }

            foreach (var line in entry.Lines)
            {
                if (LedgerPosition.ControlRoles.Contains(line.Role))
                {
                    accrualLines.Add(new JournalLine(line.Account, line.Role, line.LoanId, line.Debit, line.Credit));
                }
                else
                {
                    summed[(line.Role, line.Account)] = summed.GetValueOrDefault((line.Role, line.Account)) + line.Net;
                }
            }
        }
    }

    public async Task WriteAsync(ServicingDbContext db)
    {
        var entries = own.ToList();
        var sums = summed.Where(s => s.Value != 0m)
            .Select(s => new JournalLine(s.Key.Account, s.Key.Role, null, Math.Max(s.Value, 0m), Math.Max(-s.Value, 0m)));
        if (accrualLines.Count > 0)
        {
            entries.Add(JournalEntry.FromLines(
                EntryKind.Accrual, date, null, $"Interest accrued, close of business {date:yyyy-MM-dd}", JournalAuthors.CloseOfBusiness,
                [.. accrualLines, .. sums]));
        }

        if (entries.Count == 0)
        {
            return;
        }

        await using var entryRows = new RowWriter<JournalEntry>(db, CloseOfBusinessRows.EntryColumns);
        await using var lineRows = new RowWriter<JournalLine>(db, CloseOfBusinessRows.LineColumns);
        foreach (var entry in entries)
        {
            entry.Stamp(postedAt, date);
            entryRows.Write(entry);
            foreach (var line in entry.Lines)
            {
                lineRows.Write(line);
            }
        }
    }
}
