using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// SQLite takes one writer at a time. Writers in this process queue here, in order, instead of colliding
/// in SQLite and backing off with sleeps (which is what made the latency tail long). Other processes on the
/// same file still meet SQLite's busy timeout.
/// </summary>
public sealed class SqliteWriteGate : SaveChangesInterceptor, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        gate.Wait();
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => Release(result);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Release(result));

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => gate.Release();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        gate.Release();
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => gate.Release();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        gate.Release();
        return Task.CompletedTask;
    }

    private int Release(int result)
    {
        gate.Release();
        return result;
    }

    public void Dispose() => gate.Dispose();
}
