using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>Applies every registered context's migrations at start-up, so a fresh clone runs with no extra step.</summary>
public static class DatabaseMigrator
{
    public static async Task MigrateAllAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        var provider = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider;
        foreach (var registration in scope.ServiceProvider.GetServices<MigratedContext>())
        {
            var contextType = provider == DatabaseProvider.SqlServer ? registration.SqlServerContext : registration.SqliteContext;
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            if (context.Database.IsSqlite())
            {
                await UseWriteAheadLogAsync(context, cancellationToken);
            }

            await context.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database for {Context} is up to date", contextType.Name);
        }
    }

    // WAL lets readers go on while one writer commits; the setting is kept in the file, so once is enough.
    private static async Task UseWriteAheadLogAsync(DbContext context, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(context.Database.GetConnectionString());
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
