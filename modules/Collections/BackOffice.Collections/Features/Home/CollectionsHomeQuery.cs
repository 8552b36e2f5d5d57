using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.Home;

/// <summary>
/// The collections home: a collector's own accounts by priority; for a manager, the queues, what is unassigned and what
/// was blocked.
/// </summary>
internal sealed record CollectionsHomeQuery(string StaffId, bool Manager) : IQuery<CollectionsHome>;

internal sealed class CollectionsHomeHandler(CollectionsDbContext db, IStaffDirectory staff, TimeProvider clock)
    : IQueryHandler<CollectionsHomeQuery, CollectionsHome>
{
    public async ValueTask<CollectionsHome> Handle(CollectionsHomeQuery query, CancellationToken cancellationToken)
    {
        var open = db.Accounts.AsNoTracking().Where(a => a.Status != CollectionAccountStatus.Closed);
        if (!query.Manager)
        {
            var mine = await Queued(open.Where(a => a.AssignedTo == query.StaffId), 200).ToListAsync(cancellationToken);
            return new CollectionsHome(mine, [], [], [], []);
        }

        var queues = await open.GroupBy(a => a.Queue)
            .Select(g => new QueueCount(g.Key, g.Count(), g.Count(a => a.AssignedTo == null)))
            .ToListAsync(cancellationToken);
        var unassigned = await Queued(open.Where(a => a.AssignedTo == null), 100).ToListAsync(cancellationToken);
        var since = clock.GetUtcNow().AddDays(-7);
        var recent = await db.Clearances.AsNoTracking().Where(c => c.IssuedAt > since && c.OverriddenBy == null)
            .OrderByDescending(c => c.IssuedAt).Take(200).ToListAsync(cancellationToken);
        var blocked = recent.Where(c => c.Refusals.Count > 0).Take(50)
            .Select(c => new BlockedContact(c.Id, c.IssuedAt, c.CollectorId, c.Method, c.Refusals)).ToList();
        var visits = await db.Visits.AsNoTracking().Where(v => v.Status == VisitStatus.Requested).OrderBy(v => v.RequestedAt)
            .Select(v => new VisitToDecide(v.Id, v.LoanId, v.RequestedBy, v.Reason))
            .ToListAsync(cancellationToken);
        var collectors = await staff.InRoleAsync(StaffRoles.Collector, cancellationToken);
        return new CollectionsHome(unassigned, [.. queues.OrderBy(q => q.Queue, StringComparer.Ordinal)], blocked, collectors, visits);
    }

    /// <summary>The accounts by priority, then the longest overdue first.</summary>
    private static IQueryable<QueuedAccount> Queued(IQueryable<CollectionAccount> accounts, int take) =>
        accounts.OrderByDescending(a => a.Priority).ThenByDescending(a => a.DaysPastDue).Take(take)
            .Select(a => new QueuedAccount(a.LoanId, a.LoanNumber, a.Queue, a.Priority, a.DaysPastDue, a.AmountOverdue, a.Status, a.Version));
}
