using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// Applies every registered context's migrations at start-up, so a fresh clone runs with no extra step. A database
/// that is not there is created only on a first run (<see cref="DatabaseOptions.CreateIfMissing"/>); otherwise
/// start-up stops with a message that names it, rather than serve an empty database in place of a lost one.
/// </summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var checkedExists = false;
        foreach (var registration in scope.ServiceProvider.GetServices<MigratedContext>())
        {
            var contextType = options.Provider == DatabaseProvider.SqlServer ? registration.SqlServerContext : registration.SqliteContext;
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            if (!checkedExists)
            {
                await EnsureExistsAsync(context, options, logger, cancellationToken);
                checkedExists = true;
            }

            if (context.Database.IsSqlite())
            {
                // WAL lets readers go on while one writer commits; kept in the file, set again in case it was restored without.
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            await context.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database for {Context} is up to date", contextType.Name);
        }
    }

    private static async Task EnsureExistsAsync(DbContext context, DatabaseOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var where = context.Database.IsSqlite()
            ? new SqliteConnectionStringBuilder(context.Database.GetConnectionString()).DataSource
            : context.Database.GetDbConnection().Database;
        if (await context.Database.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken))
        {
            return;
        }

        if (!options.CreateIfMissing)
        {
            throw new InvalidOperationException(
                $"The database '{where}' does not exist. Restore it (or correct Database:DataFolder / Database:ConnectionString); " +
                $"to start a new installation with an empty database, set Database:CreateIfMissing to true for this first run.");
        }

        logger.LogWarning("Database '{Database}' not found; creating an empty one because Database:CreateIfMissing is true", where);
        if (context.Database.IsSqlite())
        {
            await CreateSqliteFileAsync(context.Database.GetConnectionString()!, cancellationToken);
        }
    }

    // The contexts open the file with Mode=ReadWrite, which never creates it; this one connection may.
    private static async Task CreateSqliteFileAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false };
        if (Path.GetDirectoryName(Path.GetFullPath(builder.DataSource)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = new SqliteConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
    }
}
