using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Training.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BackOffice.Training.Persistence.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("Courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Code).HasMaxLength(40);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.TitleZh).HasMaxLength(200);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.OwnsOne(c => c.Rules);
        builder.HasMany(c => c.Versions).WithOne().HasForeignKey(v => v.CourseId);
        builder.Navigation(c => c.Versions).HasField("versions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.Ignore(c => c.Current);
    }
}

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

internal sealed class CertificationConfiguration : IEntityTypeConfiguration<Certification>
{
    public void Configure(EntityTypeBuilder<Certification> builder)
    {
        builder.ToTable("Certifications");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.StaffId).HasMaxLength(450);
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.SuspensionReason).HasMaxLength(1000);
        builder.HasIndex(c => new { c.StaffId, c.Channel }).IsUnique();
        builder.HasIndex(c => new { c.Status, c.ExpiresAt });
    }
}

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

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.StaffId).HasMaxLength(450);
        builder.Property(n => n.Text).HasMaxLength(1000);
        builder.Property(n => n.TextZh).HasMaxLength(1000);
        builder.HasIndex(n => new { n.StaffId, n.CreatedAt });
    }
}
