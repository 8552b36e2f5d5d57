using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Persistence;

internal abstract class ServicingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "servicing";

    public override string ModuleSchema => Schema;

    public DbSet<LoanAccount> Loans => Set<LoanAccount>();

    public DbSet<Installment> Installments => Set<Installment>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<RepaymentPlan> Plans => Set<RepaymentPlan>();

    public DbSet<DelinquencyChange> DelinquencyChanges => Set<DelinquencyChange>();

    public DbSet<CloseOfBusinessRun> CloseOfBusinessRuns => Set<CloseOfBusinessRun>();

    public DbSet<RunLease> RunLeases => Set<RunLease>();

    public DbSet<PaymentImport> PaymentImports => Set<PaymentImport>();

    /// <summary>The whole account: schedule, payments and allocations, for a change to one loan.</summary>
    public IQueryable<LoanAccount> WholeLoans => Loans
        .Include(l => l.Installments)
        .Include(l => l.Payments)
        .Include(l => l.Allocations)
        .Include(l => l.CreditRefunds)
        .AsSplitQuery();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ServicingDbContext).Assembly);
}
