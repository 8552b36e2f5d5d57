using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Persistence;

internal abstract class CollectionsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "collections";

    public override string ModuleSchema => Schema;

    public DbSet<CollectionAccount> Accounts => Set<CollectionAccount>();

    public DbSet<Debtor> Debtors => Set<Debtor>();

    public DbSet<Clearance> Clearances => Set<Clearance>();

    public DbSet<ContactAttempt> Attempts => Set<ContactAttempt>();

    public DbSet<PromiseToPay> Promises => Set<PromiseToPay>();

    public DbSet<SentMessage> SentMessages => Set<SentMessage>();

    public DbSet<FieldVisit> Visits => Set<FieldVisit>();

    public DbSet<CollectorRecord> CollectorRecords => Set<CollectorRecord>();

    public DbSet<AgencyContact> AgencyContacts => Set<AgencyContact>();

    /// <summary>One configuration per entity, in <c>Persistence/Configurations</c>.</summary>
    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CollectionsDbContext).Assembly);
}
