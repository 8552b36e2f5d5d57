using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.AuditTrail;

internal sealed class AuditEntriesHandler(ComplianceDbContext db) : IQueryHandler<AuditEntriesQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(AuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            entries = entries.Where(e => e.Action.Contains(text) || e.Actor.Contains(text) || (e.Subject != null && e.Subject.Contains(text)));
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(e => e.Actor.Contains(query.Actor.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Subject))
        {
            entries = entries.Where(e => e.Subject != null && e.Subject.Contains(query.Subject.Trim()));
        }

        if (query.From is { } from)
        {
            entries = entries.Where(e => e.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            entries = entries.Where(e => e.OccurredAt < to);
        }

        return await entries
            .OrderByDescending(e => e.Sequence)
            .Select(e => new AuditEntryDto(e.Sequence, e.OccurredAt, e.Action, e.Actor, e.Subject, e.Details))
            .ToPageAsync(query.Page, cancellationToken, Math.Clamp(query.PageSize, 1, 100_000));
    }
}
