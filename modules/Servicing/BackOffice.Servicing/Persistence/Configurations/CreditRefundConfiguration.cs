using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class CreditRefundConfiguration : IEntityTypeConfiguration<CreditRefund>
{
    public void Configure(EntityTypeBuilder<CreditRefund> builder)
    {
        builder.ToTable("CreditRefunds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(400);
        builder.Property(r => r.RefundedBy).HasMaxLength(450);
    }
}
