using BackOffice.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Persistence;

public abstract class TrainingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "training";

    public override string ModuleSchema => Schema;

    // For now the module's only tables are its outbox and inbox; its entities come with its first features.
    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
    }
}

/// <summary>Carries the SQLite migrations.</summary>
public sealed class TrainingSqliteDbContext(DbContextOptions<TrainingSqliteDbContext> options) : TrainingDbContext(options);

/// <summary>Carries the SQL Server migrations.</summary>
public sealed class TrainingSqlServerDbContext(DbContextOptions<TrainingSqlServerDbContext> options) : TrainingDbContext(options);
