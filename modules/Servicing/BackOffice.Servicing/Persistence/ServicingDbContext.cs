using BackOffice.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Persistence;

public abstract class ServicingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "servicing";

    public override string ModuleSchema => Schema;

    // For now the module's only tables are its outbox and inbox; its entities come with its first features.
    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class ServicingSqliteDbContext(DbContextOptions<ServicingSqliteDbContext> options) : ServicingDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class ServicingSqlServerDbContext(DbContextOptions<ServicingSqlServerDbContext> options) : ServicingDbContext(options);
