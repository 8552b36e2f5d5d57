using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// SQLite takes one writer at a time. Writers in this process queue here, in order, instead of colliding
/// in SQLite and backing off with sleeps (which is what made the latency tail long). Other processes on the
/// same file still meet SQLite's busy timeout. A writer waits here no longer than that timeout without the queue
/// moving: when the one ahead is stuck on a lock another process holds, the queue behind it fails fast instead of
/// each writer in turn waiting out its own timeout; a long queue that moves (twenty postings to one loan on a busy
/// machine) is not a storage fault and is waited out.
/// </summary>
public sealed class SqliteWriteGate(TimeSpan busyTimeout) : SaveChangesInterceptor, IDisposable
{
    private static readonly AsyncLocal<bool> Held = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    // How many writers have passed the gate: a waiter that sees it grow knows the database is taking writes.
    private long passed;

    // The contexts whose save holds the gate now. EF ends a save in one of several ways (saved, failed,
    // cancelled, a concurrency conflict — which does not always report as failed); whichever comes first
    // releases the gate, and only once.
    private readonly ConcurrentDictionary<DbContext, byte> holders = new();

    /// <summary>
    /// Runs a unit of work that writes more than one SaveChanges (or writes around EF) as the only writer in
    /// this process: saves inside it pass the gate, others queue until it ends.
    /// </summary>
    public async Task<T> ExclusiveAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (Held.Value)
        {
            return await work();
        }

        await EnterAsync(cancellationToken);
        Held.Value = true;
        try
        {
            return await work();
        }
        finally
        {
            Held.Value = false;
            Leave();
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (!Held.Value)
        {
            var seen = Interlocked.Read(ref passed);
            while (!gate.Wait(busyTimeout))
            {
                seen = StillMoving(seen);
            }

            holders[eventData.Context!] = 0;
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (!Held.Value)
        {
            await EnterAsync(cancellationToken);
            holders[eventData.Context!] = 0;
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Release(eventData.Context, result);

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Release(eventData.Context, result));

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context, 0);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, 0);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context, 0);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, 0);
        return Task.CompletedTask;
    }

    public override InterceptionResult ThrowingConcurrencyException(ConcurrencyExceptionEventData eventData, InterceptionResult result)
    {
        Release(eventData.Context, 0);
        return result;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, 0);
        return ValueTask.FromResult(result);
    }

    private async Task EnterAsync(CancellationToken cancellationToken)
    {
        var seen = Interlocked.Read(ref passed);
        while (!await gate.WaitAsync(busyTimeout, cancellationToken))
        {
            seen = StillMoving(seen);
        }
    }

    /// <summary>After a busy timeout's wait: goes on waiting if some writer passed meanwhile, fails if none did.</summary>
    private long StillMoving(long seen)
    {
        var now = Interlocked.Read(ref passed);
        return now != seen ? now : throw Stuck();
    }

    private void Leave()
    {
        Interlocked.Increment(ref passed);
        gate.Release();
    }

    private StorageUnavailableException Stuck() =>
        new($"The database did not take a write within the busy timeout ({busyTimeout.TotalMilliseconds:0} ms); nothing was saved.");

    private int Release(DbContext? context, int result)
    {
        if (context is not null && holders.TryRemove(context, out _))
        {
            Leave();
        }

        return result;
    }

    public void Dispose() => gate.Dispose();
}
