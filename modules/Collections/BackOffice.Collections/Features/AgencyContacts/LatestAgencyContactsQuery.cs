using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.AgencyContacts;

internal sealed record LatestAgencyContactsQuery : IQuery<IReadOnlyList<AgencyContact>>;

internal sealed class LatestAgencyContactsHandler(CollectionsDbContext db) : IQueryHandler<LatestAgencyContactsQuery, IReadOnlyList<AgencyContact>>
{
    public async ValueTask<IReadOnlyList<AgencyContact>> Handle(LatestAgencyContactsQuery query, CancellationToken cancellationToken) =>
        await db.AgencyContacts.AsNoTracking().OrderByDescending(a => a.ImportedAt).ThenByDescending(a => a.At).Take(50).ToListAsync(cancellationToken);
}
