using BackOffice.Servicing.Domain;
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
        builder.Property(l => l.DealerFundingReference).HasMaxLength(100);
        builder.ComplexProperty(l => l.Posted);

        // Entries this unit of work made for the loan are inserted with it; the ledger pages read them on their own.
        builder.HasMany(l => l.Journal).WithOne().HasForeignKey(e => e.LoanId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(l => l.Journal).HasField("journal").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(l => l.CreditRefunds).WithOne().HasForeignKey(r => r.LoanId);
        builder.Navigation(l => l.CreditRefunds).HasField("creditRefunds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(l => l.IsClosed);
        builder.Ignore(l => l.AsOf);
        builder.Ignore(l => l.Arrears);
    }
}
