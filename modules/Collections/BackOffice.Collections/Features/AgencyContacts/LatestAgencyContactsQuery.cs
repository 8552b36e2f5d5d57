using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.AgencyContacts;

/// <summary>The 50 agency contacts imported last, newest first.</summary>
internal sealed record LatestAgencyContactsQuery : IQuery<IReadOnlyList<ImportedAgencyContact>>;

internal sealed class LatestAgencyContactsHandler(CollectionsDbContext db, IStaffDirectory staff)
    : IQueryHandler<LatestAgencyContactsQuery, IReadOnlyList<ImportedAgencyContact>>
{
    public async ValueTask<IReadOnlyList<ImportedAgencyContact>> Handle(LatestAgencyContactsQuery query, CancellationToken cancellationToken)
    {
        var latest = await db.AgencyContacts.AsNoTracking().OrderByDescending(a => a.ImportedAt).ThenByDescending(a => a.At).Take(50)
            .ToListAsync(cancellationToken);
        var names = await StaffNames.LookUpAsync(staff, latest.Select(a => a.ImportedBy), cancellationToken);

        return
        [
            .. latest.Select(a => new ImportedAgencyContact(
                a.At, a.Agency, a.Reference, a.LoanId, a.Method, a.Outcome, a.BreachedRules, names.Of(a.ImportedBy))),
        ];
    }
}
