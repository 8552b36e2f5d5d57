using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>The operations page: the dates closed, the run in progress, what is still behind.</summary>
internal sealed record OperationsQuery : IQuery<OperationsView>;

internal sealed class OperationsHandler(ServicingDbContext db, BusinessCalendar calendar, IStaffDirectory staff, CloseOfBusinessWatch watch)
    : IQueryHandler<OperationsQuery, OperationsView>
{
    private static readonly LoanStatus[] Open = [LoanStatus.Active, LoanStatus.Delinquent, LoanStatus.InPlan];

    public async ValueTask<OperationsView> Handle(OperationsQuery query, CancellationToken cancellationToken)
    {
        var runs = await db.CloseOfBusinessRuns.AsNoTracking().OrderByDescending(r => r.BusinessDate).Take(30).ToListAsync(cancellationToken);
        var lastClosed = runs.Where(r => r.Status == RunStatus.Completed).Select(r => (DateOnly?)r.BusinessDate).Max();
        var open = await db.Loans.CountAsync(l => Open.Contains(l.Status), cancellationToken);
        var names = await StaffNames.LookUpAsync(staff, runs.Select(r => r.StartedBy), cancellationToken);
        var lines = runs.Select(RunLine.Of).Select(r => r with { StartedBy = names.Of(r.StartedBy) });
        var check = await db.LedgerReconciliations.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return new OperationsView(calendar.Today, lastClosed, calendar.DateToCloseNow(), open, await watch.NowAsync(cancellationToken), [.. lines],
            check is null ? null : new LedgerCheckLine(check.BusinessDate, check.CheckedAt, check.LoansChecked, check.DifferenceCount,
                check.Differences.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
