using BackOffice.Compliance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Compliance.Persistence.Configurations;

internal sealed class KnownDealerConfiguration : IEntityTypeConfiguration<KnownDealer>
{
    public void Configure(EntityTypeBuilder<KnownDealer> builder)
    {
        builder.ToTable("KnownDealers");
        builder.HasKey(d => d.DealerId);
        builder.Property(d => d.DealerId).ValueGeneratedNever();
        builder.Property(d => d.Name).HasMaxLength(200).IsRequired();
    }
}
