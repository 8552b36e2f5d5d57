using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using BackOffice.Compliance.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.Scorecards;

/// <summary>An upheld complaint flags the collector on their scorecard (Training suspends and retrains them).</summary>
public sealed class ComplaintUpheldHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<ComplaintUpheldIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(ComplaintUpheldIntegrationEvent upheld, CancellationToken cancellationToken)
    {
        Context.CollectorRecords.Add(new CollectorRecord(upheld.CollectorId, Guid.Empty, CollectorRecordKind.ComplaintUpheld, 0m, upheld.OccurredAt, $"complaint {upheld.ComplaintId}"));
        return Task.CompletedTask;
    }
}

/// <summary>A collector's month: conduct (contacts, blocks, overrides, upheld complaints) beside results (promises, money collected).</summary>
public sealed record CollectorScore(
    string CollectorId, string Name, int Accounts, int Contacts, int Blocked, int Overridden, int ComplaintsUpheld, int PromisesKept, int PromisesBroken, decimal Collected);

public sealed record ScorecardsQuery(int Days = 30) : IQuery<IReadOnlyList<CollectorScore>>;

/// <summary>An outside agency's month, from its imported contact logs: contacts, and those that broke a conduct rule.</summary>
public sealed record AgencyScore(string Agency, int Contacts, int Breaches, int NightContacts);

public sealed record AgencyScorecardsQuery(int Days = 30) : IQuery<IReadOnlyList<AgencyScore>>;

public sealed class AgencyScorecardsHandler(CollectionsDbContext db, TimeProvider clock) : IQueryHandler<AgencyScorecardsQuery, IReadOnlyList<AgencyScore>>
{
    public async ValueTask<IReadOnlyList<AgencyScore>> Handle(AgencyScorecardsQuery query, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-query.Days);
        var scores = await db.AgencyContacts.Where(a => a.At > since).GroupBy(a => a.Agency)
            .Select(g => new AgencyScore(g.Key, g.Count(), g.Count(a => a.BreachedRules != ""), g.Count(a => a.BreachedRules.Contains("quiet-hours"))))
            .ToListAsync(cancellationToken);
        return [.. scores.OrderByDescending(s => s.Breaches).ThenBy(s => s.Agency, StringComparer.Ordinal)];
    }
}

public sealed class ScorecardsHandler(CollectionsDbContext db, IStaffDirectory staff, TimeProvider clock) : IQueryHandler<ScorecardsQuery, IReadOnlyList<CollectorScore>>
{
    public async ValueTask<IReadOnlyList<CollectorScore>> Handle(ScorecardsQuery query, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-query.Days);
        var accounts = await Count(db.Accounts.Where(a => a.AssignedTo != null && a.Status != CollectionAccountStatus.Closed).GroupBy(a => a.AssignedTo!), cancellationToken);
        var contacts = await Count(db.Attempts.Where(a => a.At > since).GroupBy(a => a.CollectorId), cancellationToken);
        var clearances = await db.Clearances.AsNoTracking().Where(c => c.IssuedAt > since).Select(c => new { c.CollectorId, c.Refusals, c.OverriddenBy }).ToListAsync(cancellationToken);
        var promises = await db.Promises.AsNoTracking().Where(p => p.MadeAt > since).Select(p => new { p.CollectorId, p.Status }).ToListAsync(cancellationToken);
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
