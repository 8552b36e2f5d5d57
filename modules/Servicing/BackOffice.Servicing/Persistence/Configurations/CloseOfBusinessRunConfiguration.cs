using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Servicing.Persistence.Configurations;

internal sealed class CloseOfBusinessRunConfiguration : IEntityTypeConfiguration<CloseOfBusinessRun>
{
    public void Configure(EntityTypeBuilder<CloseOfBusinessRun> builder)
    {
        builder.ToTable("CloseOfBusinessRuns");
        builder.HasKey(r => r.BusinessDate);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StartedBy).HasMaxLength(450);
        builder.Property(r => r.Error).HasMaxLength(2000);
    }
}
