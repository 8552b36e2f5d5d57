using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class SentMessageConfiguration : IEntityTypeConfiguration<SentMessage>
{
    public void Configure(EntityTypeBuilder<SentMessage> message)
    {
        message.ToTable("SentMessages");
        message.HasKey(m => m.Id);
        message.Property(m => m.Id).ValueGeneratedNever();
        message.Property(m => m.Method).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.Destination).HasMaxLength(400);
        message.Property(m => m.Text).HasMaxLength(2000);
        message.HasIndex(m => new { m.LoanId, m.SentAt });
    }
}
