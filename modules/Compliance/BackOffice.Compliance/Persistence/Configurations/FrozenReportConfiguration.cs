using BackOffice.Compliance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Compliance.Persistence.Configurations;

internal sealed class FrozenReportConfiguration : IEntityTypeConfiguration<FrozenReport>
{
    public void Configure(EntityTypeBuilder<FrozenReport> builder)
    {
        builder.ToTable("FrozenReports");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Pack).HasMaxLength(4);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.Property(r => r.FrozenBy).HasMaxLength(450);
        builder.Property(r => r.ChainHash).HasMaxLength(64);
        builder.Property(r => r.ChainKeyId).HasMaxLength(64);
        builder.Property(r => r.ChainMac).HasMaxLength(64);
        builder.HasIndex(r => new { r.Pack, r.From, r.To }).IsUnique();
    }
}
