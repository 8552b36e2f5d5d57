using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The months of the books, from the first entry's to the current one: closed (by whom, when) or open.</summary>
internal sealed record LedgerPeriodsQuery : IQuery<LedgerPeriodsView>;

internal sealed class LedgerPeriodsHandler(ServicingDbContext db, BusinessCalendar calendar, IStaffDirectory staff)
    : IQueryHandler<LedgerPeriodsQuery, LedgerPeriodsView>
{
    public async ValueTask<LedgerPeriodsView> Handle(LedgerPeriodsQuery query, CancellationToken cancellationToken)
    {
        var closed = await db.LedgerPeriods.AsNoTracking().ToListAsync(cancellationToken);
        var lastClosedDate = await LedgerDates.LastClosedAsync(db, cancellationToken);
        var check = await db.LedgerReconciliations.AsNoTracking().OrderByDescending(r => r.Id)
            .Select(r => new { r.BusinessDate, r.DifferenceCount }).FirstOrDefaultAsync(cancellationToken);
        var firstEntry = await db.JournalEntries.MinAsync(e => (DateOnly?)e.BusinessDate, cancellationToken);
        var today = calendar.Today;
        var last = new DateOnly(today.Year, today.Month, 1);
        var first = new[] { firstEntry, closed.Select(p => (DateOnly?)p.Month).Min() }.OfType<DateOnly>().DefaultIfEmpty(today).Min();
        var names = await StaffNames.LookUpAsync(staff, closed.Select(p => p.ClosedBy), cancellationToken);
        var months = new List<PeriodLine>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            var period = closed.FirstOrDefault(p => p.Month == month);
            months.Add(new PeriodLine(month, period is null ? null : names.Of(period.ClosedBy), period?.ClosedAt));
        }

        months.Reverse();
        return new LedgerPeriodsView(months, lastClosedDate, check?.BusinessDate, check is null ? null : check.DifferenceCount == 0);
    }
}
