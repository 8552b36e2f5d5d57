using BackOffice.BuildingBlocks.Auditing;
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

    /// <summary>
    /// Records a sensitive action in the audit trail with the change it audits: the entry travels through this
    /// module's outbox, so an action is audited exactly when it commits — never when it fails, never twice when
    /// the command is decided again after losing a race.
    /// </summary>
    public void Audit(AuditRecord record, DateTimeOffset at) => Publish(new AuditRecordedIntegrationEvent(record) { OccurredAt = at });

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        AggregateVersions.Renew(ChangeTracker);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        AggregateVersions.Renew(ChangeTracker);
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

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
        foreach (var versioned in modelBuilder.Model.GetEntityTypes().Where(t => !t.IsOwned() && typeof(IVersioned).IsAssignableFrom(t.ClrType)).ToList())
        {
            modelBuilder.Entity(versioned.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }

        ModuleTableNaming.Apply(modelBuilder, ModuleSchema, Database.IsSqlite());
    }

    protected abstract void ConfigureModule(ModelBuilder modelBuilder);
}
