using BackOffice.Origination.Contracts;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Features.Dealers;

internal sealed class DealerHandler(OriginationDbContext db) : IQueryHandler<DealerQuery, DealerDto?>
{
    public async ValueTask<DealerDto?> Handle(DealerQuery query, CancellationToken cancellationToken) =>
        await db.Dealers.AsNoTracking()
            .Where(d => d.Id == query.DealerId)
            .Select(d => new DealerDto(d.Id, d.Name, d.Code, d.ContactEmail, d.RegisteredAt))
            .FirstOrDefaultAsync(cancellationToken);
}
