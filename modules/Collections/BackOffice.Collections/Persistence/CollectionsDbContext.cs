using BackOffice.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Persistence;

public abstract class CollectionsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "collections";

    public override string ModuleSchema => Schema;

    // For now the module's only tables are its outbox and inbox; its entities come with its first features.
    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class CollectionsSqliteDbContext(DbContextOptions<CollectionsSqliteDbContext> options) : CollectionsDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class CollectionsSqlServerDbContext(DbContextOptions<CollectionsSqlServerDbContext> options) : CollectionsDbContext(options);
