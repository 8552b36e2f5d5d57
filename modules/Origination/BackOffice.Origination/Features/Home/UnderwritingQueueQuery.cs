using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Features.Home;

/// <summary>The underwriters' work list: referred applications by default, oldest first so none waits too long.</summary>
internal sealed record UnderwritingQueueQuery(ApplicationStatus? Status, string? Search, string? ProductCode, int Page) : IQuery<PagedResult<QueueRow>>;

internal sealed class UnderwritingQueueHandler(OriginationDbContext db, TimeProvider clock) : IQueryHandler<UnderwritingQueueQuery, PagedResult<QueueRow>>
{
    public async ValueTask<PagedResult<QueueRow>> Handle(UnderwritingQueueQuery query, CancellationToken cancellationToken)
    {
        var status = query.Status ?? ApplicationStatus.Referred;
        var applications = db.Applications.AsNoTracking().Where(a => a.Status == status);
        if (!string.IsNullOrWhiteSpace(query.ProductCode))
        {
            applications = applications.Where(a => a.ProductCode == query.ProductCode);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            var upper = text.ToUpperInvariant();
            applications = applications.Where(a => a.Applicant.FullName.Contains(text) || a.Applicant.IdNumber == upper || a.Vehicle.Vin == upper);
        }

        var now = clock.GetUtcNow();
        var rows = from a in applications
                   join d in db.Dealers on a.DealerId equals d.Id
                   orderby a.SubmittedAt
                   select new { a.Id, a.SubmittedAt, a.Applicant.FullName, DealerName = d.Name, a.ProductCode, a.RequestedAmount, a.RequestedTermMonths, a.Status, a.DecidedBy };
        var page = await rows.ToPageAsync(query.Page, cancellationToken);
        return new PagedResult<QueueRow>(
            [.. page.Items.Select(r => new QueueRow(r.Id, r.SubmittedAt, now - r.SubmittedAt, r.FullName, r.DealerName, r.ProductCode, r.RequestedAmount, r.RequestedTermMonths, r.Status, r.DecidedBy))],
            page.Page, page.PageSize, page.TotalCount);
    }
}
