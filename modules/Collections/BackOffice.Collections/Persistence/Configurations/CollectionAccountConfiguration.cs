using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class CollectionAccountConfiguration : IEntityTypeConfiguration<CollectionAccount>
{
    public void Configure(EntityTypeBuilder<CollectionAccount> account)
    {
        account.ToTable("Accounts");
        account.HasKey(a => a.LoanId);
        account.Property(a => a.LoanId).ValueGeneratedNever();
        account.Property(a => a.LoanNumber).HasMaxLength(20);
        account.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        account.Property(a => a.Bucket).HasMaxLength(20);
        account.Property(a => a.CloseReason).HasMaxLength(100);
        account.HasIndex(a => new { a.Status, a.DaysPastDue });
        account.Property(a => a.Queue).HasMaxLength(40);
        account.Property(a => a.AssignedTo).HasMaxLength(450);
        account.HasIndex(a => new { a.Status, a.Queue, a.Priority });
        account.HasIndex(a => new { a.AssignedTo, a.Status });
    }
}
