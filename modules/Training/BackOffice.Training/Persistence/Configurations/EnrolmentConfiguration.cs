using BackOffice.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Training.Persistence.Configurations;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("Enrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.StaffId).HasMaxLength(450);
        builder.Property(e => e.StaffName).HasMaxLength(256);
        builder.Property(e => e.EnrolledBy).HasMaxLength(256);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.HasIndex(e => new { e.StaffId, e.CourseId });
    }
}
