using BackOffice.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests;

/// <summary>Every context the host migrates has a migration set for each provider that matches its model.</summary>
public sealed class MigrationsTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string SqlServerConnection = "Server=localhost;Database=BackOffice;Trusted_Connection=True;TrustServerCertificate=True";

    [Fact]
    public void Every_module_and_the_host_register_a_migrated_context()
    {
        var contexts = factory.Services.GetServices<MigratedContext>().Select(c => c.SqliteContext.Name).ToList();

        Assert.Equal(
            [
                "AccessSqliteDbContext",
                "CollectionsSqliteDbContext",
                "ComplianceSqliteDbContext",
                "OriginationSqliteDbContext",
                "ServicingSqliteDbContext",
                "TrainingSqliteDbContext",
            ],
            contexts.Order());
    }

    [Fact]
    public void No_model_change_lacks_a_sqlite_migration()
    {
        foreach (var registration in factory.Services.GetServices<MigratedContext>())
        {
            using var context = Create(registration.SqliteContext, o => o.UseSqlite("Data Source=:memory:"));
            Assert.NotEmpty(context.Database.GetMigrations());
            Assert.False(
                context.Database.HasPendingModelChanges(),
                $"{registration.SqliteContext.Name} has model changes without a migration: run build/migrations.sh add <Name>");
        }
    }

    [Fact]
    public void No_model_change_lacks_a_sql_server_migration()
    {
        foreach (var registration in factory.Services.GetServices<MigratedContext>())
        {
            using var context = Create(registration.SqlServerContext, o => o.UseSqlServer(SqlServerConnection));
            Assert.NotEmpty(context.Database.GetMigrations());
            Assert.False(
                context.Database.HasPendingModelChanges(),
                $"{registration.SqlServerContext.Name} has model changes without a migration: run build/migrations.sh add <Name>");
        }
    }

    [Fact]
    public async Task On_sqlite_each_module_keeps_its_own_migration_history_and_prefixed_tables()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<global::BackOffice.Origination.Persistence.OriginationDbContext>();
        var tables = await db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table'")
            .ToListAsync(TestContext.Current.CancellationToken);

        foreach (var module in new[] { "Origination", "Servicing", "Collections", "Training", "Compliance", "Access" })
        {
            Assert.Contains($"__EFMigrationsHistory_{module.ToLowerInvariant()}", tables);
        }

        Assert.Contains("origination_Dealers", tables);
        Assert.Contains("compliance_AuditEntries", tables);
        Assert.Contains("servicing_OutboxMessages", tables);
        Assert.All(tables.Where(t => !t.StartsWith("__", StringComparison.Ordinal) && !t.StartsWith("sqlite_", StringComparison.Ordinal)),
            table => Assert.Matches("^(origination|servicing|collections|training|compliance|access)_", table));
    }

    [Fact]
    public async Task The_sqlite_file_runs_in_write_ahead_log_mode()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<global::BackOffice.Compliance.Persistence.ComplianceDbContext>();
        var mode = await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", Assert.Single(mode));
    }

    private static DbContext Create(Type contextType, Action<DbContextOptionsBuilder> provider)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType))!;
        provider(builder);
        return (DbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }
}
