using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Host.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Health;

/// <summary>
/// Ready means a write would be saved now: the probe commits an update of the heartbeat row, on whichever provider
/// is configured, and fails when it cannot within the busy timeout — the time a real writer would wait before being
/// told nothing was saved.
/// </summary>
public sealed class StorageWriteProbe(IServiceScopeFactory scopes, TimeProvider clock, IOptions<DatabaseOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = TimeSpan.FromMilliseconds(options.Value.BusyTimeoutMilliseconds);
        try
        {
            // On a thread of its own, since Microsoft.Data.Sqlite runs "async" commands synchronously, and in a scope of
            // its own, since it runs on if it outlasts the wait: SQLite's busy wait does not heed cancellation.
            await Task.Run(WriteHeartbeatAsync, CancellationToken.None).WaitAsync(timeout, cancellationToken);
            return HealthCheckResult.Healthy("The database takes writes.");
        }
        catch (TimeoutException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                $"The database did not take a write within the busy timeout ({timeout.TotalMilliseconds:0} ms).");
        }
        catch (Exception fault) when (StorageFault.IsStorageFault(fault))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"The database cannot be written: {fault.Message}", fault);
        }
    }

    private async Task WriteHeartbeatAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccessDbContext>();
        var now = clock.GetUtcNow();
        var updated = await db.StorageHeartbeats.Where(h => h.Id == StorageHeartbeat.TheRow)
            .ExecuteUpdateAsync(h => h.SetProperty(x => x.WrittenAt, now));
        if (updated == 0)
        {
            throw new StorageUnavailableException("The heartbeat row is missing: the database is not the one this host migrated.");
        }
    }
}
