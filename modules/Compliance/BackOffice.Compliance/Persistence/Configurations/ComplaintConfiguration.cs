using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Compliance.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Compliance.Persistence.Configurations;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> builder)
    {
        builder.ToTable("Complaints");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reference).HasMaxLength(20);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LoanReference).HasMaxLength(60);
        builder.Property(c => c.Summary).HasMaxLength(4000);
        builder.Property(c => c.Remedy).HasMaxLength(2000);
        builder.Property(c => c.HandlerId).HasMaxLength(450);
        builder.Property(c => c.CollectorIds).AsJson();
        builder.Property(c => c.Notes).AsJson();
        builder.Ignore(c => c.IsRegulatorReferred);
        builder.HasIndex(c => new { c.Status, c.Deadline });
    }
}
