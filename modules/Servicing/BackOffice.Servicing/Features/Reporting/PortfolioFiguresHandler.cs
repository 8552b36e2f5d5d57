using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Reporting;

/// <summary>Servicing's part of the regulator report, counted in SQL.</summary>
internal sealed class PortfolioFiguresHandler(ServicingDbContext db) : IQueryHandler<PortfolioFiguresQuery, PortfolioFigures>
{
    private static readonly LoanStatus[] Open = [LoanStatus.Active, LoanStatus.Delinquent, LoanStatus.InPlan];

    public async ValueTask<PortfolioFigures> Handle(PortfolioFiguresQuery query, CancellationToken cancellationToken)
    {
        var buckets = await db.Loans.Where(l => Open.Contains(l.Status)).GroupBy(l => l.Bucket)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var moves = await db.DelinquencyChanges.Where(c => c.BusinessDate >= query.From && c.BusinessDate < query.To)
            .GroupBy(c => new { c.FromBucket, c.ToBucket }).Select(g => new { g.Key.FromBucket, g.Key.ToBucket, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var from = new DateTimeOffset(query.From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = new DateTimeOffset(query.To.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var plans = await db.Plans.Where(p => p.DecidedAt >= from && p.DecidedAt < to && p.Status != PlanStatus.Rejected
            && p.Status != PlanStatus.AwaitingApproval)
            .GroupBy(p => p.Kind).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new PortfolioFigures(
            buckets.Values.Sum(),
            buckets,
            moves.ToDictionary(m => $"{m.FromBucket}→{m.ToBucket}", m => m.Count),
            moves.Where(m => m.ToBucket == DelinquencyBuckets.Current).Sum(m => m.Count),
            plans.ToDictionary(p => p.Key.ToString(), p => p.Count));
    }
}
