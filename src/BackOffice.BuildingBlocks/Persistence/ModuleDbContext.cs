using BackOffice.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.BuildingBlocks.Persistence;

/// <summary>
/// Base of every module's DbContext. The module owns its tables: on SQL Server they live in the module's
/// schema, on SQLite (no schemas) their names carry the module's prefix. Each module also has its own
/// outbox and inbox, so an integration event is written in the same transaction as the change it reports.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    /// <summary>The schema on SQL Server and the table prefix on SQLite, e.g. "origination".</summary>
    public abstract string ModuleSchema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Queues an integration event; it is stored with the next SaveChanges and delivered after commit.</summary>
    public void Publish(IntegrationEvent integrationEvent) => OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Money has two decimals and rates up to six (0.059900); SQL Server's default decimal(18,2) would round rates.
        configurationBuilder.Properties<decimal>().HavePrecision(19, 6);
        SqliteConventions.Apply(configurationBuilder, Database.IsSqlite());
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        ConfigureModule(modelBuilder);
        ModuleTableNaming.Apply(modelBuilder, ModuleSchema, Database.IsSqlite());
    }

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);
}
