using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class CollectorRecordConfiguration : IEntityTypeConfiguration<CollectorRecord>
{
    public void Configure(EntityTypeBuilder<CollectorRecord> record)
    {
        record.ToTable("CollectorRecords");
        record.HasKey(r => r.Id);
        record.Property(r => r.Id).ValueGeneratedNever();
        record.Property(r => r.CollectorId).HasMaxLength(450);
        record.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        record.Property(r => r.Reference).HasMaxLength(120);
        record.HasIndex(r => new { r.CollectorId, r.At });
        record.HasIndex(r => r.At);
    }
}
