using BackOffice.Collections.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Collections.Persistence.Configurations;

internal sealed class FieldVisitConfiguration : IEntityTypeConfiguration<FieldVisit>
{
    public void Configure(EntityTypeBuilder<FieldVisit> visit)
    {
        visit.ToTable("FieldVisits");
        visit.HasKey(v => v.Id);
        visit.Property(v => v.Id).ValueGeneratedNever();
        visit.Property(v => v.Status).HasConversion<string>().HasMaxLength(20);
        visit.Property(v => v.RequestedBy).HasMaxLength(450);
        visit.Property(v => v.DecidedBy).HasMaxLength(450);
        visit.Property(v => v.Reason).HasMaxLength(1000);
        visit.Property(v => v.Outcome).HasMaxLength(40);
        visit.HasIndex(v => new { v.LoanId, v.Status });
        visit.HasIndex(v => v.Status);
        visit.Ignore(v => v.IsOpen);
    }
}
