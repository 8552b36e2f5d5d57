using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// Per-connection SQLite settings, applied once to each physical connection (EF opens and closes a pooled
/// connection around every query, so applying them at every open would repeat them on the hot path). In WAL mode synchronous=NORMAL
/// syncs at checkpoints instead of at every commit: the database cannot be corrupted by a crash, but the last
/// commits before a power cut (not a process crash) may be lost. FULL is available for those who prefer that.
/// Every open also checks that the file is still where it was opened: a pooled connection keeps a deleted (or
/// unmounted) file open and would go on committing into it, acknowledging writes that are lost with it. A
/// connection SQLite could open only read-only (the file is write-protected) serves reads and fails writes, but is
/// not kept: once the file is writable again, no read-only connection lingers in the pool failing every write.
/// </summary>
public sealed class SqliteConnectionSettings(int busyTimeoutMilliseconds, string synchronous) : DbConnectionInterceptor
{
    // busy_timeout: another process holding the write lock is waited for by SQLite itself, briefly and finely.
    private readonly string pragma = $"PRAGMA busy_timeout={busyTimeoutMilliseconds}; PRAGMA synchronous={synchronous};";

    // Keyed by the native handle, which outlives the ADO.NET wrapper while the pool keeps it.
    private readonly ConditionalWeakTable<object, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private void Apply(DbConnection connection)
    {
        // DataSource of an open connection is the full path SQLite has open; empty for an in-memory database.
        if (connection.DataSource is { Length: > 0 } path && !File.Exists(path))
        {
            throw new StorageUnavailableException($"The database file {path} is no longer there; nothing can be saved.");
        }

        var sqlite = connection as SqliteConnection;
        var handle = (object?)sqlite?.Handle ?? connection;
        if (configured.TryGetValue(handle, out _))
        {
            return;
        }

        if (sqlite?.Handle is { } native && SQLitePCL.raw.sqlite3_db_readonly(native, "main") == 1)
        {
            // Connections in use are closed, not pooled, when returned; the next ones are opened anew.
            SqliteConnection.ClearPool(sqlite);
        }

        using var command = connection.CreateCommand();
        command.CommandText = pragma;
        command.ExecuteNonQuery();
        configured.AddOrUpdate(handle, handle);
    }
}
