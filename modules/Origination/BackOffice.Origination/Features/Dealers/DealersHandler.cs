using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Features.Dealers;

internal sealed class DealersHandler(OriginationDbContext db) : IQueryHandler<DealersQuery, PagedResult<DealerDto>>
{
    public async ValueTask<PagedResult<DealerDto>> Handle(DealersQuery query, CancellationToken cancellationToken)
    {
        var dealers = db.Dealers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var text = query.Search.Trim();
            dealers = dealers.Where(d => d.Name.Contains(text) || d.Code.Contains(text.ToUpper()));
        }

        return await dealers.OrderBy(d => d.Name)
            .Select(d => new DealerDto(d.Id, d.Name, d.Code, d.ContactEmail, d.RegisteredAt))
            .ToPageAsync(query.Page, cancellationToken);
    }
}
