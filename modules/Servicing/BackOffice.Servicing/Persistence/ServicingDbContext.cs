using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
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

    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();

    public DbSet<JournalLine> JournalLines => Set<JournalLine>();

    public DbSet<LedgerPeriod> LedgerPeriods => Set<LedgerPeriod>();

    public DbSet<LedgerReconciliation> LedgerReconciliations => Set<LedgerReconciliation>();

    /// <summary>The whole account: schedule, payments and allocations, for a change to one loan.</summary>
    public IQueryable<LoanAccount> WholeLoans => Loans
        .Include(l => l.Installments)
        .Include(l => l.Payments)
        .Include(l => l.Allocations)
        .Include(l => l.CreditRefunds)
        .AsSplitQuery();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        JournalGuard.Check(this);
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        JournalGuard.Check(this);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ServicingDbContext).Assembly);
}
