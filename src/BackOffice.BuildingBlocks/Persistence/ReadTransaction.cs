using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// A transaction for reading one consistent picture of several tables (a reconciliation, a report) that never holds
/// up a writer. On SQLite it is deferred: the first read fixes a WAL snapshot and no lock is taken against writers —
/// where the default (BEGIN IMMEDIATE) takes the write lock for the whole read, so a read of a million rows made every
/// page that saved meanwhile wait and then fail once the busy timeout ran out. Elsewhere it is the provider's default.
/// Nothing is written in it; it ends by rolling back.
/// </summary>
public sealed class ReadTransaction : IAsyncDisposable
{
    private readonly DatabaseFacade database;
    private readonly IDbContextTransaction? own;
    private readonly SqliteTransaction? deferred;

    private ReadTransaction(DatabaseFacade database, IDbContextTransaction? own, SqliteTransaction? deferred)
    {
        this.database = database;
        this.own = own;
        this.deferred = deferred;
    }

    public static async Task<ReadTransaction> BeginAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (!database.IsSqlite())
        {
            return new ReadTransaction(database, await database.BeginTransactionAsync(cancellationToken), null);
        }

        await database.OpenConnectionAsync(cancellationToken);
        var transaction = ((SqliteConnection)database.GetDbConnection()).BeginTransaction(deferred: true);
        await database.UseTransactionAsync(transaction, cancellationToken);
        return new ReadTransaction(database, null, transaction);
    }

    public async ValueTask DisposeAsync()
    {
        if (own is not null)
        {
            await own.DisposeAsync();
            return;
        }

        // EF does not own a transaction it was handed: it is let go of, ended here, and the connection opened for it closed.
        await database.UseTransactionAsync(null);
        await deferred!.DisposeAsync();
        await database.CloseConnectionAsync();
    }
}
