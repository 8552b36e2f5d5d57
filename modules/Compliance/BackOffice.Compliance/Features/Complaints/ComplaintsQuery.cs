using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Complaints;

/// <summary>Complaints, soonest deadline first; open ones by default, optionally only the overdue.</summary>
internal sealed record ComplaintsQuery(ComplaintStatus? Status, bool OverdueOnly, string? Search, int Page) : IQuery<PagedResult<ComplaintRow>>;

internal sealed class ComplaintsHandler(ComplianceDbContext db, TimeProvider clock) : IQueryHandler<ComplaintsQuery, PagedResult<ComplaintRow>>
{
    public async ValueTask<PagedResult<ComplaintRow>> Handle(ComplaintsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var complaints = db.Complaints.AsNoTracking().Where(c => c.Status == (query.Status ?? ComplaintStatus.Open));
        if (query.OverdueOnly)
        {
            complaints = complaints.Where(c => c.Deadline < now);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            complaints = complaints.Where(c =>
                c.Reference.Contains(text) || c.Summary.Contains(text) || (c.LoanReference != null && c.LoanReference.Contains(text)));
        }

        var page = await complaints.OrderBy(c => c.Deadline).ToPageAsync(query.Page, cancellationToken);
        return new PagedResult<ComplaintRow>(
            [.. page.Items.Select(c => new ComplaintRow(
                c.Id, c.Reference, c.Source, c.Category, c.ReceivedAt, c.Deadline, c.Deadline - now, c.IsOverdueAt(now), c.Status, c.Outcome))],
            page.Page, page.PageSize, page.TotalCount);
    }
}
