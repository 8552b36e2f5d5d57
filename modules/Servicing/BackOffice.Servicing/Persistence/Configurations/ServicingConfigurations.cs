using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Features.PaymentImports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class LoanAccountConfiguration : IEntityTypeConfiguration<LoanAccount>
{
    public void Configure(EntityTypeBuilder<LoanAccount> builder)
    {
        builder.ToTable("Loans");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.LoanNumber).HasMaxLength(20);
        builder.HasIndex(l => l.LoanNumber).IsUnique();
        builder.HasIndex(l => l.ApplicationId).IsUnique();
        builder.Property(l => l.ProductCode).HasMaxLength(40);
        builder.Property(l => l.Currency).HasMaxLength(3);
        builder.Property(l => l.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.DayCount).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Overpayment).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Bucket).HasMaxLength(20);
        builder.Property(l => l.EarlyWarningReasons).HasMaxLength(400);
        builder.Property(l => l.Version).IsConcurrencyToken();

        // The close of business asks "open loans not yet closed for this date" in keyset order.
        builder.HasIndex(l => new { l.Status, l.ClosedThrough, l.Id });
        builder.HasIndex(l => new { l.EarlyWarningSince, l.EarlyWarningScore });
        builder.OwnsOne(l => l.Borrower, borrower =>
        {
            borrower.Property(b => b.FullName).HasMaxLength(200);
            borrower.Property(b => b.IdType).HasMaxLength(40);
            borrower.Property(b => b.IdNumber).HasMaxLength(40);
            borrower.Property(b => b.Phone).HasMaxLength(20);
            borrower.Property(b => b.Address).HasMaxLength(400);
            borrower.Property(b => b.TimeZone).HasMaxLength(64);
            borrower.HasIndex(b => b.FullName);
            borrower.HasIndex(b => b.Phone);
            borrower.HasIndex(b => b.IdNumber);
        });
        builder.OwnsOne(l => l.Vehicle, vehicle =>
        {
            vehicle.Property(v => v.Vin).HasMaxLength(17);
            vehicle.Property(v => v.Make).HasMaxLength(60);
            vehicle.Property(v => v.Model).HasMaxLength(60);
            vehicle.HasIndex(v => v.Vin);
        });
        builder.HasMany(l => l.Installments).WithOne().HasForeignKey(i => i.LoanId);
        builder.HasMany(l => l.Payments).WithOne().HasForeignKey(p => p.LoanId);
        builder.HasMany(l => l.Allocations).WithOne().HasForeignKey(a => a.LoanId);
        builder.Navigation(l => l.Installments).HasField("installments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.Payments).HasField("payments").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(l => l.Allocations).HasField("allocations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(l => l.IsClosed);
        builder.Ignore(l => l.AsOf);
        builder.Ignore(l => l.Arrears);
    }
}

internal sealed class InstallmentConfiguration : IEntityTypeConfiguration<Installment>
{
    public void Configure(EntityTypeBuilder<Installment> builder)
    {
        builder.ToTable("Installments");
        builder.HasKey(i => new { i.LoanId, i.Number });
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(i => i.ScheduledPayment);
        builder.Ignore(i => i.PrincipalOwed);
        builder.Ignore(i => i.InterestOwed);
        builder.Ignore(i => i.FeeOwed);
        builder.Ignore(i => i.Owed);
        builder.Ignore(i => i.IsSettled);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.ExternalReference).HasMaxLength(100);

        // The bank's or gateway's reference is what makes posting idempotent, across every loan.
        builder.HasIndex(p => p.ExternalReference).IsUnique();
        builder.Property(p => p.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.PostedBy).HasMaxLength(450);
        builder.Property(p => p.ReversedBy).HasMaxLength(450);
        builder.Property(p => p.ReversalReason).HasMaxLength(400);
        builder.Ignore(p => p.IsReversed);
    }
}

internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ToTable("Allocations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Component).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => a.PaymentId);
    }
}

internal sealed class RepaymentPlanConfiguration : IEntityTypeConfiguration<RepaymentPlan>
{
    public void Configure(EntityTypeBuilder<RepaymentPlan> builder)
    {
        builder.ToTable("RepaymentPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Reason).HasMaxLength(1000);
        builder.Property(p => p.Note).HasMaxLength(400);
        builder.Property(p => p.ProposedBy).HasMaxLength(450);
        builder.Property(p => p.DecidedBy).HasMaxLength(450);
        builder.HasIndex(p => new { p.LoanId, p.Status });
        builder.HasIndex(p => p.Status);
    }
}

internal sealed class DelinquencyChangeConfiguration : IEntityTypeConfiguration<DelinquencyChange>
{
    public void Configure(EntityTypeBuilder<DelinquencyChange> builder)
    {
        builder.ToTable("DelinquencyChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.FromBucket).HasMaxLength(20);
        builder.Property(c => c.ToBucket).HasMaxLength(20);
        builder.HasIndex(c => new { c.LoanId, c.BusinessDate });
    }
}

internal sealed class CloseOfBusinessRunConfiguration : IEntityTypeConfiguration<CloseOfBusinessRun>
{
    public void Configure(EntityTypeBuilder<CloseOfBusinessRun> builder)
    {
        builder.ToTable("CloseOfBusinessRuns");
        builder.HasKey(r => r.BusinessDate);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StartedBy).HasMaxLength(450);
        builder.Property(r => r.Error).HasMaxLength(2000);
    }
}

internal sealed class RunLeaseConfiguration : IEntityTypeConfiguration<RunLease>
{
    public void Configure(EntityTypeBuilder<RunLease> builder)
    {
        builder.ToTable("RunLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(40);
        builder.Property(l => l.Holder).HasMaxLength(200);

        // The row exists from the start, so taking the lease is always one conditional update, never an insert race.
        builder.HasData(new { Name = RunLease.CloseOfBusiness, Holder = "", ExpiresAt = DateTimeOffset.UnixEpoch });
    }
}

internal sealed class PaymentImportConfiguration : IEntityTypeConfiguration<PaymentImport>
{
    public void Configure(EntityTypeBuilder<PaymentImport> builder)
    {
        builder.ToTable("PaymentImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.UploadedBy).HasMaxLength(450);
        builder.HasIndex(i => i.UploadedAt);
    }
}
