using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Violations;

internal sealed record ViolationsQuery(ViolationStatus? Status, ViolationSource? Source, int Page) : IQuery<ViolationsView>;

internal sealed class ViolationsHandler(ComplianceDbContext db, IStaffDirectory staff) : IQueryHandler<ViolationsQuery, ViolationsView>
{
    public async ValueTask<ViolationsView> Handle(ViolationsQuery query, CancellationToken cancellationToken)
    {
        var violations = db.Violations.AsNoTracking();
        if (query.Status is { } status)
        {
            violations = violations.Where(v => v.Status == status);
        }

        if (query.Source is { } source)
        {
            violations = violations.Where(v => v.Source == source);
        }

        // Agencies and people no longer on staff keep the id they were recorded under.
        var names = (await staff.InRoleAsync(StaffRoles.Collector, cancellationToken)).ToDictionary(p => p.Id, p => p.DisplayName);
        string Name(string collectorId) => names.GetValueOrDefault(collectorId, collectorId);

        var page = await violations.OrderByDescending(v => v.OccurredAt).ToPageAsync(query.Page, cancellationToken);
        var rows = new PagedResult<ViolationRow>(
            [.. page.Items.Select(v => new ViolationRow(
                v.Id, v.OccurredAt, v.Source, v.Rule, Name(v.CollectorId), v.Reference, v.Detail, v.Status, v.ReviewReason))],
            page.Page, page.PageSize, page.TotalCount);
        var all = await db.Violations.AsNoTracking().Select(v => new { v.CollectorId, v.Rule, v.Status }).ToListAsync(cancellationToken);
        static List<Trend> TrendBy<T>(IEnumerable<T> items, Func<T, string> key, Func<T, ViolationStatus> state) =>
            [.. items.GroupBy(key)
                .Select(g => new Trend(
                    g.Key,
                    g.Count(x => state(x) == ViolationStatus.Open),
                    g.Count(x => state(x) == ViolationStatus.Confirmed),
                    g.Count(x => state(x) == ViolationStatus.Dismissed)))
                .OrderByDescending(t => t.Confirmed + t.Open)];
        var byCollector = TrendBy(all, v => v.CollectorId, v => v.Status).Select(t => t with { Key = Name(t.Key) }).ToList();
        return new ViolationsView(rows, byCollector, TrendBy(all, v => v.Rule, v => v.Status), query.Status, query.Source);
    }
}
