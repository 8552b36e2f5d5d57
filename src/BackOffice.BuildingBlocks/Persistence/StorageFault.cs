using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// The one place that tells a fault of the storage (the database cannot be written or read just now: disk full,
/// read-only, locked past the timeout, missing, damaged) from a fault of the request. A storage fault is answered
/// 503 "nothing was saved", never retried as if it were a race, never taken for a duplicate key.
/// </summary>
public static class StorageFault
{
    public const string Title = "Storage unavailable; nothing was saved";

    /// <summary>Seconds a client is asked to wait: about one busy timeout, long enough for a held lock to clear.</summary>
    public const string RetryAfterSeconds = "5";

    // SQLite primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte.
    private static readonly HashSet<int> SqliteCodes =
    [
        5,  // SQLITE_BUSY: another connection held the write lock past the busy timeout
        6,  // SQLITE_LOCKED
        8,  // SQLITE_READONLY: read-only file or file system
        10, // SQLITE_IOERR: the disk or the volume failed under a read or write
        11, // SQLITE_CORRUPT
        13, // SQLITE_FULL: disk full
        14, // SQLITE_CANTOPEN: the file or its folder is gone
        26, // SQLITE_NOTADB: the file was replaced by something that is not a database
    ];

    // SQL Server error numbers of the same kinds.
    private static readonly HashSet<int> SqlServerNumbers =
    [
        -2,    // client timeout
        1105,  // filegroup full
        9002,  // transaction log full
        3906,  // database is read-only
        1222,  // lock request timed out
        4060,  // cannot open database
        40501, // service busy (Azure SQL)
        40613, // database unavailable (Azure SQL)
        823, 824, 825, // I/O errors
    ];

    public static bool IsStorageFault(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StorageUnavailableException:
                case SqliteException sqlite when SqliteCodes.Contains(sqlite.SqliteErrorCode & 0xFF):
                case SqlException sql when sql.Errors.Cast<SqlError>().Any(error => SqlServerNumbers.Contains(error.Number)):
                    return true;
            }
        }

        return false;
    }
}
