using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Features.Reports;

internal sealed record FrozenReportsQuery : IQuery<IReadOnlyList<FrozenReport>>;

internal sealed class FrozenReportsHandler(ComplianceDbContext db) : IQueryHandler<FrozenReportsQuery, IReadOnlyList<FrozenReport>>
{
    public async ValueTask<IReadOnlyList<FrozenReport>> Handle(FrozenReportsQuery query, CancellationToken cancellationToken) =>
        await db.FrozenReports.AsNoTracking().OrderByDescending(r => r.To).ThenByDescending(r => r.FrozenAt).Take(50).ToListAsync(cancellationToken);
}
