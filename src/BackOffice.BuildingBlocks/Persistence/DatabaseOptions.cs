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

    /// <summary>Folder of the SQLite file, relative to the content root unless rooted. Created on first run.</summary>
    public string DataFolder { get; set; } = "data";

    /// <summary>How long a SQLite writer waits for the lock before giving up; a user should not wait 30 s.</summary>
    public int BusyTimeoutMilliseconds { get; set; } = 5000;

    /// <summary>SQLite's synchronous setting: NORMAL (default, safe in WAL mode) or FULL (an fsync per commit).</summary>
    public string SqliteSynchronous { get; set; } = "NORMAL";

    public string ResolveConnectionString(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (Provider == DatabaseProvider.SqlServer)
        {
            throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is SqlServer.");
        }

        var folder = Path.IsPathRooted(DataFolder) ? DataFolder : Path.Combine(contentRoot, DataFolder);
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "backoffice.db")};Default Timeout={Math.Max(1, BusyTimeoutMilliseconds / 1000)}";
    }
}
