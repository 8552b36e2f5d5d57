using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.Scorecards;

internal sealed record ScorecardsQuery(int Days = 30) : IQuery<IReadOnlyList<CollectorScore>>;

internal sealed class ScorecardsHandler(CollectionsDbContext db, IStaffDirectory staff, TimeProvider clock)
    : IQueryHandler<ScorecardsQuery, IReadOnlyList<CollectorScore>>
{
    public async ValueTask<IReadOnlyList<CollectorScore>> Handle(ScorecardsQuery query, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-query.Days);
        var accounts = await Count(db.Accounts.Where(a => a.AssignedTo != null && a.Status != CollectionAccountStatus.Closed)
            .GroupBy(a => a.AssignedTo!), cancellationToken);
        var contacts = await Count(db.Attempts.Where(a => a.At > since).GroupBy(a => a.CollectorId), cancellationToken);
        var clearances = await db.Clearances.AsNoTracking().Where(c => c.IssuedAt > since)
            .Select(c => new { c.CollectorId, c.Refusals, c.OverriddenBy }).ToListAsync(cancellationToken);
        var promises = await db.Promises.AsNoTracking().Where(p => p.MadeAt > since).Select(p => new { p.CollectorId, p.Status })
            .ToListAsync(cancellationToken);
        var records = await db.CollectorRecords.AsNoTracking().Where(r => r.At > since).ToListAsync(cancellationToken);
        return [.. (await staff.InRoleAsync(StaffRoles.Collector, cancellationToken)).Select(c => new CollectorScore(
            c.Id,
            c.DisplayName,
            accounts.GetValueOrDefault(c.Id),
            contacts.GetValueOrDefault(c.Id),
            clearances.Count(x => x.CollectorId == c.Id && x.Refusals.Count > 0 && x.OverriddenBy == null),
            clearances.Count(x => x.CollectorId == c.Id && x.OverriddenBy != null),
            records.Count(r => r.CollectorId == c.Id && r.Kind == CollectorRecordKind.ComplaintUpheld),
            promises.Count(p => p.CollectorId == c.Id && p.Status == PromiseStatus.Kept),
            promises.Count(p => p.CollectorId == c.Id && p.Status == PromiseStatus.Broken),
            records.Where(r => r.CollectorId == c.Id && r.Kind == CollectorRecordKind.Collected).Sum(r => r.Amount)))];
    }

    private static Task<Dictionary<string, int>> Count<T>(IQueryable<IGrouping<string, T>> groups, CancellationToken cancellationToken) =>
        groups.Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
}
