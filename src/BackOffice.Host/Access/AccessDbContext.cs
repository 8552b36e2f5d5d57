using BackOffice.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Access;

/// <summary>
/// The host's own tables: staff identities, OpenIddict's clients and tokens, data-protection keys (shared so that
/// several hosts accept each other's cookies) and which dealer each API client belongs to.
/// </summary>
public abstract class AccessDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public const string Schema = "access";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DealerApiClient> DealerApiClients => Set<DealerApiClient>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteConventions.Apply(configurationBuilder, Database.IsSqlite());

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict();
        builder.Entity<StaffUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.Entity<DealerApiClient>(client =>
        {
            client.ToTable("DealerApiClients");
            client.HasKey(c => c.ClientId);
            client.Property(c => c.ClientId).HasMaxLength(100);
            client.Property(c => c.CreatedBy).HasMaxLength(256);
            client.HasIndex(c => c.DealerId);
            client.Ignore(c => c.IsActive);
        });
        ModuleTableNaming.Apply(builder, Schema, Database.IsSqlite());
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class AccessSqliteDbContext(DbContextOptions<AccessSqliteDbContext> options) : AccessDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class AccessSqlServerDbContext(DbContextOptions<AccessSqlServerDbContext> options) : AccessDbContext(options);
