namespace BackOffice.Training.Features.Courses;

public sealed class VersionForm
{
    public Guid CourseId { get; set; }

    public string? LessonsEn { get; set; }

    public string? LessonsZh { get; set; }

    public string? Questions { get; set; }
}
