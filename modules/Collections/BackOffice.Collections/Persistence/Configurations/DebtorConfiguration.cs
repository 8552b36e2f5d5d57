using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class DebtorConfiguration : IEntityTypeConfiguration<Debtor>
{
    public void Configure(EntityTypeBuilder<Debtor> debtor)
    {
        debtor.ToTable("Debtors");
        debtor.HasKey(d => d.LoanId);
        debtor.Property(d => d.LoanId).ValueGeneratedNever();
        debtor.Property(d => d.Name).HasMaxLength(200);
        debtor.Property(d => d.LoanNumber).HasMaxLength(40);
        debtor.Property(d => d.TimeZone).HasMaxLength(64);
        debtor.Property(d => d.Region).HasMaxLength(16);
        debtor.Property(d => d.Choices).AsJsonValue();
        debtor.HasMany(d => d.Contacts).WithOne().HasForeignKey(c => c.LoanId);
        debtor.Navigation(d => d.Contacts).HasField("contacts").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        debtor.Ignore(d => d.AllDebtorNumbersInvalid);
    }
}
