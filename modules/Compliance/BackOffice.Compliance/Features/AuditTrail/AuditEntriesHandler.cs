using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.AuditTrail;

public sealed class AuditEntriesHandler(ComplianceDbContext db) : IQueryHandler<AuditEntriesQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(AuditEntriesQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            entries = entries.Where(e => e.Action.Contains(text) || e.Actor.Contains(text) || (e.Subject != null && e.Subject.Contains(text)));
        }

        return await entries
            .OrderByDescending(e => e.Sequence)
            .Select(e => new AuditEntryDto(e.Sequence, e.OccurredAt, e.Action, e.Actor, e.Subject, e.Details))
            .ToPageAsync(query.Page, cancellationToken);
    }
}
