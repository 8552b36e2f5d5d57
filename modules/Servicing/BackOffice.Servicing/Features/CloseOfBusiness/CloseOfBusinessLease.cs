using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// Several hosts may share one database; only the one holding the lease runs the close of business. Taking,
/// renewing (the heartbeat) and giving it back are single conditional updates of the lease row, so hosts racing
/// for it cannot both win; a host that stops renewing loses it after <see cref="CloseOfBusinessOptions.LeaseTakeoverAfter"/>.
/// </summary>
internal sealed class CloseOfBusinessLease(ServicingDbContext db, SqliteWriteGate gate, HostInstance host, IOptions<CloseOfBusinessOptions> options,
    TimeProvider clock)
{
    /// <summary>Takes the lease if it is free, ours, or its holder has been silent for the takeover time.</summary>
    public async Task<bool> TryTakeAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var silentSince = now - options.Value.LeaseTakeoverAfter;
        return await WriteAsync(
            async () => await db.RunLeases
                .Where(l => l.Name == RunLease.CloseOfBusiness && (l.Holder == host.Id || l.Holder == "" || l.HeartbeatAt <= silentSince))
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.Holder, host.Id).SetProperty(x => x.HeartbeatAt, now), cancellationToken) == 1,
            cancellationToken);
    }

    /// <summary>
    /// The heartbeat: says this host is still running. False when another host has taken the lease meanwhile. Inside a
    /// batch's transaction it also fences the batch: a host that lost the lease cannot commit.
    /// </summary>
    public async Task<bool> RenewAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return await WriteAsync(
            async () => await db.RunLeases
                .Where(l => l.Name == RunLease.CloseOfBusiness && l.Holder == host.Id)
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.HeartbeatAt, now), cancellationToken) == 1,
            cancellationToken);
    }

    public Task ReleaseAsync(CancellationToken cancellationToken) =>
        WriteAsync(
            async () => await db.RunLeases
                .Where(l => l.Name == RunLease.CloseOfBusiness && l.Holder == host.Id)
                .ExecuteUpdateAsync(l => l.SetProperty(x => x.Holder, "").SetProperty(x => x.HeartbeatAt, DateTimeOffset.UnixEpoch), cancellationToken),
            cancellationToken);

    public Task<RunLease> ReadAsync(CancellationToken cancellationToken) =>
        db.RunLeases.AsNoTracking().SingleAsync(l => l.Name == RunLease.CloseOfBusiness, cancellationToken);

    // SQLite takes one writer at a time, so this process's writers queue at the gate. A server database needs no
    // gate, and there the heartbeat must not queue behind a long batch of the same run.
    private Task<T> WriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) =>
        db.Database.IsSqlite() ? gate.ExclusiveAsync(write, cancellationToken) : write();
}
