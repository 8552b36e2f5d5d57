using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.ConductFiguresReport;

/// <summary>
/// Collections' part of the regulator report, counted in SQL; each contact carries the hour it was on the borrower's
/// clock. Contacts by hour and by method include those outside agencies made (imported from their logs).
/// </summary>
internal sealed class ConductFiguresHandler(CollectionsDbContext db) : IQueryHandler<ConductFiguresQuery, ConductFigures>
{
    public async ValueTask<ConductFigures> Handle(ConductFiguresQuery query, CancellationToken cancellationToken)
    {
        var attempts = db.Attempts.Where(a => a.At >= query.From && a.At < query.To);
        var agencies = db.AgencyContacts.Where(a => a.At >= query.From && a.At < query.To);
        var hours = await attempts.GroupBy(a => a.BorrowerHour).Select(g => new { Hour = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        hours.AddRange(await agencies.GroupBy(a => a.BorrowerHour).Select(g => new { Hour = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken));
        var byHour = new int[24];
        foreach (var hour in hours)
        {
            byHour[hour.Hour] += hour.Count;
        }

        var methods = await attempts.GroupBy(a => a.Method).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        methods.AddRange(await agencies.GroupBy(a => a.Method).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken));
        var byMethod = methods.GroupBy(m => m.Key.ToString()).ToDictionary(g => g.Key, g => g.Sum(m => m.Count));
        var clearances = await db.Clearances.AsNoTracking().Where(c => c.IssuedAt >= query.From && c.IssuedAt < query.To)
            .Select(c => new { c.Refusals, c.OverriddenBy }).ToListAsync(cancellationToken);
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
