using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

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
        builder.Ignore(i => i.ScheduledOwed);
        builder.Ignore(i => i.IsSettled);
    }
}
