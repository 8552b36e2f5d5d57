using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class ClearanceConfiguration : IEntityTypeConfiguration<Clearance>
{
    public void Configure(EntityTypeBuilder<Clearance> clearance)
    {
        clearance.ToTable("Clearances");
        clearance.HasKey(c => c.Id);
        clearance.Property(c => c.Id).ValueGeneratedNever();
        clearance.Property(c => c.CollectorId).HasMaxLength(450);
        clearance.Property(c => c.SecondCollectorId).HasMaxLength(450);
        clearance.Property(c => c.OverriddenBy).HasMaxLength(450);
        clearance.Property(c => c.OverrideReason).HasMaxLength(1000);
        clearance.Property(c => c.Party).HasConversion<string>().HasMaxLength(20);
        clearance.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        clearance.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        clearance.Property(c => c.Destination).HasMaxLength(400);
        clearance.Property(c => c.TemplateKey).HasMaxLength(50);
        clearance.Property(c => c.Refusals).AsJson();
        clearance.HasIndex(c => new { c.LoanId, c.IssuedAt });
        clearance.Ignore(c => c.Allowed);
    }
}
