using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Persistence;

internal abstract class TrainingDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public const string Schema = "training";

    public override string ModuleSchema => Schema;

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<ExamAttempt> ExamAttempts => Set<ExamAttempt>();

    public DbSet<Certification> Certifications => Set<Certification>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<Notice> Notices => Set<Notice>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrainingDbContext).Assembly);
}
