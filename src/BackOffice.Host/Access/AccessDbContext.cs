using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Host.Health;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Access;

/// <summary>
/// The host's own tables: staff identities, OpenIddict's clients and tokens, data-protection keys (shared so that
/// several hosts accept each other's cookies), which dealer each API client belongs to, and the heartbeat row the
/// readiness probe writes.
/// </summary>
public abstract class AccessDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public const string Schema = "access";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DealerApiClient> DealerApiClients => Set<DealerApiClient>();

    public DbSet<StorageHeartbeat> StorageHeartbeats => Set<StorageHeartbeat>();

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
        builder.Entity<StorageHeartbeat>(heartbeat =>
        {
            heartbeat.ToTable("StorageHeartbeat");
            heartbeat.Property(h => h.Id).ValueGeneratedNever();
            heartbeat.HasData(new StorageHeartbeat { Id = StorageHeartbeat.TheRow, WrittenAt = DateTimeOffset.UnixEpoch });
        });
        ModuleTableNaming.Apply(builder, Schema, Database.IsSqlite());
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class AccessSqliteDbContext(DbContextOptions<AccessSqliteDbContext> options) : AccessDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class AccessSqlServerDbContext(DbContextOptions<AccessSqlServerDbContext> options) : AccessDbContext(options);
