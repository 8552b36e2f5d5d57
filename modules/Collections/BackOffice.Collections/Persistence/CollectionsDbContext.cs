using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Persistence;

public abstract class CollectionsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "collections";

    public override string ModuleSchema => Schema;

    public DbSet<CollectionAccount> Accounts => Set<CollectionAccount>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        var account = modelBuilder.Entity<CollectionAccount>();
        account.ToTable("Accounts");
        account.HasKey(a => a.LoanId);
        account.Property(a => a.LoanId).ValueGeneratedNever();
        account.Property(a => a.LoanNumber).HasMaxLength(20);
        account.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        account.Property(a => a.Bucket).HasMaxLength(20);
        account.Property(a => a.CloseReason).HasMaxLength(100);
        account.HasIndex(a => new { a.Status, a.DaysPastDue });
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class CollectionsSqliteDbContext(DbContextOptions<CollectionsSqliteDbContext> options) : CollectionsDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class CollectionsSqlServerDbContext(DbContextOptions<CollectionsSqlServerDbContext> options) : CollectionsDbContext(options);
