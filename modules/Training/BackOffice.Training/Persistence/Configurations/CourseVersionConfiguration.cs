using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Training.Persistence.Configurations;

internal sealed class CourseVersionConfiguration : IEntityTypeConfiguration<CourseVersion>
{
    public void Configure(EntityTypeBuilder<CourseVersion> builder)
    {
        builder.ToTable("CourseVersions");
        builder.HasKey(v => new { v.CourseId, v.Number });
        builder.Property(v => v.Lessons).AsJson();
        builder.Property(v => v.Questions).AsJson();
    }
}
