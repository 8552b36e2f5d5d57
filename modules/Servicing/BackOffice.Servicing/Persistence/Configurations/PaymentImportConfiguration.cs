using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class PaymentImportConfiguration : IEntityTypeConfiguration<PaymentImport>
{
    public void Configure(EntityTypeBuilder<PaymentImport> builder)
    {
        builder.ToTable("PaymentImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(260);
        builder.Property(i => i.Sha256).HasMaxLength(64);
        builder.Property(i => i.UploadedBy).HasMaxLength(450);
        builder.HasIndex(i => i.UploadedAt);
    }
}
