using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.Scorecards;

internal sealed record AgencyScorecardsQuery(int Days = 30) : IQuery<IReadOnlyList<AgencyScore>>;

internal sealed class AgencyScorecardsHandler(CollectionsDbContext db, TimeProvider clock)
    : IQueryHandler<AgencyScorecardsQuery, IReadOnlyList<AgencyScore>>
{
    public async ValueTask<IReadOnlyList<AgencyScore>> Handle(AgencyScorecardsQuery query, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-query.Days);
        var scores = await db.AgencyContacts.Where(a => a.At > since).GroupBy(a => a.Agency)
            .Select(g => new AgencyScore(
                g.Key, g.Count(), g.Count(a => a.BreachedRules != ""), g.Count(a => a.BreachedRules.Contains("quiet-hours"))))
            .ToListAsync(cancellationToken);
        return [.. scores.OrderByDescending(s => s.Breaches).ThenBy(s => s.Agency, StringComparer.Ordinal)];
    }
}
