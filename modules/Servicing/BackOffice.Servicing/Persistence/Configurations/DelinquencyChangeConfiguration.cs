using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

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
