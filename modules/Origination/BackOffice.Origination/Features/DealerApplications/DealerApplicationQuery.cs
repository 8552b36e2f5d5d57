using BackOffice.BuildingBlocks.Errors;
using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Features.DealerApplications;

/// <summary>One of the dealer's applications; another dealer's is "not found", never "forbidden".</summary>
internal sealed record DealerApplicationQuery(Guid DealerId, Guid ApplicationId) : IQuery<ApplicationDto>;

internal sealed class DealerApplicationHandler(OriginationDbContext db, ApplicationPresenter presenter)
    : IQueryHandler<DealerApplicationQuery, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(DealerApplicationQuery query, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == query.ApplicationId && a.DealerId == query.DealerId, cancellationToken);
        return application is null ? throw new NotFoundException("Application") : presenter.ToDto(application);
    }
}
