using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.Reporting;

/// <summary>Collections' part of the regulator report. Each contact is placed at the hour it was on the borrower's clock (daylight saving included).</summary>
public sealed class ConductFiguresHandler(CollectionsDbContext db) : IQueryHandler<ConductFiguresQuery, ConductFigures>
{
    public async ValueTask<ConductFigures> Handle(ConductFiguresQuery query, CancellationToken cancellationToken)
    {
        var attempts = db.Attempts.Where(a => a.At >= query.From && a.At < query.To);
        var moments = await (from a in attempts
                             join d in db.Debtors on a.LoanId equals d.LoanId
                             select new { a.At, d.TimeZone }).ToListAsync(cancellationToken);
        var byHour = new int[24];
        foreach (var zone in moments.GroupBy(m => m.TimeZone))
        {
            var tz = TimeZoneInfo.FindSystemTimeZoneById(zone.Key);
            foreach (var moment in zone)
            {
                byHour[TimeZoneInfo.ConvertTime(moment.At, tz).Hour]++;
            }
        }

        var byMethod = await attempts.GroupBy(a => a.Method).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key.ToString(), g => g.Count, cancellationToken);
        var clearances = await db.Clearances.AsNoTracking().Where(c => c.IssuedAt >= query.From && c.IssuedAt < query.To).Select(c => new { c.Refusals, c.OverriddenBy }).ToListAsync(cancellationToken);
        return new ConductFigures(
            byHour,
            byMethod,
            clearances.SelectMany(c => c.Refusals).GroupBy(r => r.Rule).ToDictionary(g => g.Key, g => g.Count()),
            clearances.Count(c => c.OverriddenBy != null),
            await attempts.CountAsync(a => a.Party == Party.ThirdParty, cancellationToken),
            await attempts.CountAsync(a => a.Method == ContactMethod.Visit, cancellationToken),
            await attempts.CountAsync(a => a.Outcome == ContactOutcome.VehicleRepossessed, cancellationToken));
    }
}
