using Microsoft.Data.Sqlite;

namespace BackOffice.BuildingBlocks.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The "Database" configuration section: one database shared by every module.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Explicit connection string; when empty on SQLite, a file in <see cref="DataFolder"/> is used.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Folder of the SQLite file, relative to the content root unless rooted.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>
    /// A first run: start-up may create an empty database (and its folder) where none is found. Off by default, so a
    /// host whose data volume is missing refuses to start instead of serving, and acknowledging, on a fresh empty one.
    /// </summary>
    public bool CreateIfMissing { get; set; }

    /// <summary>How long a SQLite writer waits for the lock before giving up; a user should not wait 30 s.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>SQLite's synchronous setting: NORMAL (default, safe in WAL mode) or FULL (an fsync per commit).</summary>
    public string SqliteSynchronous { get; set; } = "NORMAL";

    /// <summary>
    /// The connection string every context uses. A SQLite file is opened read-write but never created
    /// (Mode=ReadWrite): only start-up creates it, and only when <see cref="CreateIfMissing"/> says so.
    /// </summary>
    public string ResolveConnectionString(string contentRoot)
    {
        if (Provider == DatabaseProvider.SqlServer)
        {
            return string.IsNullOrWhiteSpace(ConnectionString)
                ? throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.")
                : ConnectionString;
        }

        var sqlite = string.IsNullOrWhiteSpace(ConnectionString)
            ? new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(Path.IsPathRooted(DataFolder) ? DataFolder : Path.Combine(contentRoot, DataFolder), "backoffice.db"),
                DefaultTimeout = Math.Max(1, BusyTimeoutMilliseconds / 1000),
            }
            : new SqliteConnectionStringBuilder(ConnectionString);
        if (sqlite.Mode == SqliteOpenMode.ReadWriteCreate)
        {
            sqlite.Mode = SqliteOpenMode.ReadWrite;
        }

        return sqlite.ToString();
    }
}
