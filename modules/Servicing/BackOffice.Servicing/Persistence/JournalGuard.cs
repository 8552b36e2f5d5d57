using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace BackOffice.Servicing.Persistence;

/// <summary>
/// What every save of the Servicing module checks about the ledger: entries are only ever added — never changed
/// or deleted — each is dated (a movement outside the close of business on the open business date), and none is
/// carried on a date of a closed period.
/// </summary>
internal static class JournalGuard
{
    public static void Check(ServicingDbContext db)
    {
        var changed = db.ChangeTracker.Entries()
            .Where(e => e.Entity is JournalEntry or JournalLine or LedgerPeriod && e.State is EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.GetType().Name)
            .FirstOrDefault();
        if (changed is not null)
        {
            throw new InvalidOperationException($"A {changed} is never changed or deleted; post a correcting entry instead.");
        }

        var added = db.ChangeTracker.Entries<JournalEntry>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0)
        {
            return;
        }

        var now = db.GetService<TimeProvider>().GetUtcNow();
        var open = OpenBusinessDate(db);
        var closedThrough = db.LedgerPeriods.Max(p => (DateOnly?)p.Month)?.AddMonths(1).AddDays(-1);
        foreach (var entry in added)
        {
            entry.Stamp(now, open);
            if (entry.BusinessDate <= closedThrough)
            {
                throw new PeriodClosedException(entry.BusinessDate, closedThrough.Value);
            }
        }
    }

    /// <summary>The first business date the close of business has not completed: where today's movements are carried.</summary>
    public static DateOnly OpenBusinessDate(ServicingDbContext db) =>
        db.CloseOfBusinessRuns.Where(r => r.Status == RunStatus.Completed).Max(r => (DateOnly?)r.BusinessDate)?.AddDays(1)
        ?? db.GetService<BusinessCalendar>().Today;
}

/// <summary>An entry dated in a closed period: the books of that period no longer change.</summary>
internal sealed class PeriodClosedException(DateOnly date, DateOnly closedThrough)
    : InvalidOperationException($"The books are closed through {closedThrough:yyyy-MM-dd}; no entry can be carried on {date:yyyy-MM-dd}.");
