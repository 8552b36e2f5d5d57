using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Features.DealerApplications;

/// <summary>The dealer's applications, newest first, optionally of one status.</summary>
internal sealed record DealerApplicationsQuery(Guid DealerId, ApplicationStatus? Status, int Page) : IQuery<PagedResult<ApplicationDto>>;

internal sealed class DealerApplicationsHandler(OriginationDbContext db, ApplicationPresenter presenter)
    : IQueryHandler<DealerApplicationsQuery, PagedResult<ApplicationDto>>
{
    public async ValueTask<PagedResult<ApplicationDto>> Handle(DealerApplicationsQuery query, CancellationToken cancellationToken)
    {
        var applications = db.Applications.AsNoTracking().Where(a => a.DealerId == query.DealerId);
        if (query.Status is { } status)
        {
            applications = applications.Where(a => a.Status == status);
        }

        var page = await applications.OrderByDescending(a => a.SubmittedAt).ToPageAsync(query.Page, cancellationToken);
        return new PagedResult<ApplicationDto>([.. page.Items.Select(presenter.ToDto)], page.Page, page.PageSize, page.TotalCount);
    }
}
