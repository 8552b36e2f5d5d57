using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Compliance.Persistence;

public abstract class ComplianceDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "compliance";

    public override string ModuleSchema => Schema;

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<KnownDealer> KnownDealers => Set<KnownDealer>();

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Violation> Violations => Set<Violation>();

    public DbSet<AuditAnchor> AuditAnchors => Set<AuditAnchor>();

    public DbSet<FrozenReport> FrozenReports => Set<FrozenReport>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ComplianceDbContext).Assembly);
        var frozen = modelBuilder.Entity<FrozenReport>();
        frozen.ToTable("FrozenReports");
        frozen.HasKey(r => r.Id);
        frozen.Property(r => r.Id).ValueGeneratedNever();
        frozen.Property(r => r.Pack).HasMaxLength(4);
        frozen.Property(r => r.Sha256).HasMaxLength(64);
        frozen.Property(r => r.FrozenBy).HasMaxLength(450);
        frozen.HasIndex(r => new { r.Pack, r.From, r.To }).IsUnique();
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class ComplianceSqliteDbContext(DbContextOptions<ComplianceSqliteDbContext> options) : ComplianceDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class ComplianceSqlServerDbContext(DbContextOptions<ComplianceSqlServerDbContext> options) : ComplianceDbContext(options);
