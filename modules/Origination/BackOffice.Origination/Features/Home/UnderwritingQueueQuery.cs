using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Features.Home;

/// <summary>The underwriters' work list: referred applications by default, oldest first so none waits too long.</summary>
internal sealed record UnderwritingQueueQuery(ApplicationStatus? Status, string? Search, string? ProductCode, int Page) : IQuery<QueueViewModel>;

internal sealed class UnderwritingQueueHandler(OriginationDbContext db, TimeProvider clock) : IQueryHandler<UnderwritingQueueQuery, QueueViewModel>
{
    public async ValueTask<QueueViewModel> Handle(UnderwritingQueueQuery query, CancellationToken cancellationToken)
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
                   select new
                   {
                       a.Id, a.SubmittedAt, a.Applicant.FullName, DealerName = d.Name, a.ProductCode, a.RequestedAmount, a.RequestedTermMonths,
                   };
        var page = await rows.ToPageAsync(query.Page, cancellationToken);
        var queue = new PagedResult<QueueRow>(
            [
                .. page.Items.Select(r => new QueueRow(
                    r.Id, r.SubmittedAt, now - r.SubmittedAt, r.FullName, r.DealerName, r.ProductCode, r.RequestedAmount, r.RequestedTermMonths)),
            ],
            page.Page, page.PageSize, page.TotalCount);
        return new QueueViewModel(queue, status, query.Search, query.ProductCode, [.. ProductCatalogue.All.Select(p => p.Code)]);
    }
}
