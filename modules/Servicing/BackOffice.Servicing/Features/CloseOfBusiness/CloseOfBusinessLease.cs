using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// Several hosts may share one SQL Server database; only the one holding the lease runs the close of business.
/// Taking, renewing and giving it back are single conditional updates of the lease row, so two hosts racing for it
/// cannot both win; a host that stops without giving it back loses it when it expires.
/// </summary>
internal sealed class CloseOfBusinessLease(ServicingDbContext db, SqliteWriteGate gate, HostInstance host, IOptions<CloseOfBusinessOptions> options,
    TimeProvider clock)
{
    /// <summary>Takes the lease if it is free, expired or already ours; renews it when ours.</summary>
    public async Task<bool> TryTakeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var until = now + options.Value.LeaseDuration;
        return await gate.ExclusiveAsync(
            async () => await db.RunLeases
                .Where(l => l.Name == RunLease.CloseOfBusiness && (l.Holder == host.Id || l.Holder == "" || l.ExpiresAt < now))
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.Holder, host.Id).SetProperty(x => x.ExpiresAt, until), cancellationToken) == 1,
            cancellationToken);
    }

    /// <summary>Extends the lease while a run goes on; false when another host has taken it meanwhile.</summary>
    public async Task<bool> RenewAsync(CancellationToken cancellationToken)
    {
        var until = clock.GetUtcNow() + options.Value.LeaseDuration;
        return await gate.ExclusiveAsync(
            async () => await db.RunLeases
                .Where(l => l.Name == RunLease.CloseOfBusiness && l.Holder == host.Id)
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.ExpiresAt, until), cancellationToken) == 1,
            cancellationToken);
    }

    public Task ReleaseAsync(CancellationToken cancellationToken) =>
        gate.ExclusiveAsync(
            async () => await db.RunLeases
                .Where(l => l.Name == RunLease.CloseOfBusiness && l.Holder == host.Id)
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.Holder, "").SetProperty(x => x.ExpiresAt, DateTimeOffset.UnixEpoch), cancellationToken),
            cancellationToken);
}
