using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Domain;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Persistence;

internal abstract class ComplianceDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "compliance";

    public override string ModuleSchema => Schema;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<KnownDealer> KnownDealers => Set<KnownDealer>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Violation> Violations => Set<Violation>();

    public DbSet<AuditAnchor> AuditAnchors => Set<AuditAnchor>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<AuditCheckpoint> AuditCheckpoints => Set<AuditCheckpoint>();

    public DbSet<FrozenReport> FrozenReports => Set<FrozenReport>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ComplianceDbContext).Assembly);
    }
}
