using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Origination.Domain;
using BackOffice.Origination.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Origination.Persistence;

internal abstract class OriginationDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "origination";

    public override string ModuleSchema => Schema;

    public DbSet<Dealer> Dealers => Set<Dealer>();

    public DbSet<LoanApplication> Applications => Set<LoanApplication>();

    public DbSet<IdempotentSubmission> IdempotentSubmissions => Set<IdempotentSubmission>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(OriginationDbContext).Assembly);
}
