using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// The entries one batch of the close of business posts, written with prepared INSERTs: the entries of loans on
/// which more than the interest accrual moved (a late fee, a charge-off), and one pooled entry for the interest the
/// rest accrued (<see cref="PooledAccrual"/>).
/// </summary>
internal sealed class CloseOfBusinessJournal(DateOnly date, DateTimeOffset postedAt, ChartOfAccounts chart)
{
    private readonly List<JournalEntry> own = [];
    private decimal pooled;
    private int pooledLoans;

    /// <summary>Takes what closing the day posted on <paramref name="loan"/>.</summary>
    public void Add(LoanAccount loan)
    {
        own.AddRange(loan.TakeJournal());
        AddPooled(loan);
    }

    /// <summary>Takes only the loan's pooled accrual: its own entries are saved with it (a loan read whole).</summary>
    public void AddPooled(LoanAccount loan)
    {
        var accrued = loan.TakeAccrualToPool();
        pooled += accrued;
        pooledLoans += accrued == 0m ? 0 : 1;
    }

    public async Task WriteAsync(ServicingDbContext db)
    {
        var entries = PooledAccrual.Entry(date, pooled, pooledLoans, chart) is { } pool ? [.. own, pool] : own;
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
