using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

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
