using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.Home;

/// <summary>The collections home: a collector's own accounts by priority; for a manager, the queues, what is unassigned and what was blocked.</summary>
internal sealed record CollectionsHomeQuery(string StaffId, bool Manager) : IQuery<CollectionsHome>;

internal sealed class CollectionsHomeHandler(CollectionsDbContext db, IStaffDirectory staff, TimeProvider clock) : IQueryHandler<CollectionsHomeQuery, CollectionsHome>
{
    public async ValueTask<CollectionsHome> Handle(CollectionsHomeQuery query, CancellationToken cancellationToken)
    {
        var open = db.Accounts.AsNoTracking().Where(a => a.Status != CollectionAccountStatus.Closed);
        if (!query.Manager)
        {
            var mine = await open.Where(a => a.AssignedTo == query.StaffId).OrderByDescending(a => a.Priority).ThenByDescending(a => a.DaysPastDue).Take(200).ToListAsync(cancellationToken);
            return new CollectionsHome(mine, [], [], [], []);
        }

        var queues = await open.GroupBy(a => a.Queue)
            .Select(g => new QueueCount(g.Key, g.Count(), g.Count(a => a.AssignedTo == null)))
            .ToListAsync(cancellationToken);
        var unassigned = await open.Where(a => a.AssignedTo == null).OrderByDescending(a => a.Priority).ThenByDescending(a => a.DaysPastDue).Take(100).ToListAsync(cancellationToken);
        var since = clock.GetUtcNow().AddDays(-7);
        var blocked = (await db.Clearances.AsNoTracking().Where(c => c.IssuedAt > since && c.OverriddenBy == null).OrderByDescending(c => c.IssuedAt).Take(200).ToListAsync(cancellationToken))
            .Where(c => c.Refusals.Count > 0).Take(50).ToList();
        var visits = await db.Visits.AsNoTracking().Where(v => v.Status == VisitStatus.Requested).OrderBy(v => v.RequestedAt).ToListAsync(cancellationToken);
        return new CollectionsHome(unassigned, [.. queues.OrderBy(q => q.Queue, StringComparer.Ordinal)], blocked, await staff.InRoleAsync(StaffRoles.Collector, cancellationToken), visits);
    }
}
