using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>Reads the lease and the unfinished run: what the close of business is doing now, seen from this host.</summary>
internal sealed class CloseOfBusinessWatch(
    ServicingDbContext db, CloseOfBusinessLease lease, HostInstance host, IOptions<CloseOfBusinessOptions> options, TimeProvider clock)
{
    public async Task<CloseOfBusinessSituation> NowAsync(CancellationToken cancellationToken)
    {
        var held = await lease.ReadAsync(cancellationToken);
        var unfinished = await db.CloseOfBusinessRuns.AsNoTracking().Where(r => r.Status == RunStatus.Running)
            .OrderBy(r => r.BusinessDate).FirstOrDefaultAsync(cancellationToken);
        return CloseOfBusinessSituation.Of(held, unfinished, host.Id, clock.GetUtcNow(), options.Value.LeaseTakeoverAfter);
    }
}
