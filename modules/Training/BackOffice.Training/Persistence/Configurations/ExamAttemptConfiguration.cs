using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Training.Persistence.Configurations;

internal sealed class ExamAttemptConfiguration : IEntityTypeConfiguration<ExamAttempt>
{
    public void Configure(EntityTypeBuilder<ExamAttempt> builder)
    {
        builder.ToTable("ExamAttempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.StaffId).HasMaxLength(450);
        builder.Property(a => a.QuestionIds).AsJson();
        builder.HasIndex(a => new { a.StaffId, a.CourseId });
        builder.Ignore(a => a.IsOpen);
    }
}
