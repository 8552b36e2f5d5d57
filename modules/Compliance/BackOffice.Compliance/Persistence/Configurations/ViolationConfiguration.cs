using BackOffice.Compliance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Compliance.Persistence.Configurations;

internal sealed class ViolationConfiguration : IEntityTypeConfiguration<Violation>
{
    public void Configure(EntityTypeBuilder<Violation> builder)
    {
        builder.ToTable("Violations");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(v => v.CollectorId).HasMaxLength(450);
        builder.Property(v => v.Rule).HasMaxLength(100);
        builder.Property(v => v.Reference).HasMaxLength(100);
        builder.Property(v => v.Detail).HasMaxLength(2000);
        builder.Property(v => v.ReviewedBy).HasMaxLength(450);
        builder.Property(v => v.ReviewReason).HasMaxLength(2000);
        builder.HasIndex(v => new { v.Source, v.SourceId, v.CollectorId }).IsUnique();
        builder.HasIndex(v => new { v.Status, v.OccurredAt });
    }
}
