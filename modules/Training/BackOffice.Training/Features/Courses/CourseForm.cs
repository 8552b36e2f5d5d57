namespace BackOffice.Training.Features.Courses;

/// <summary>The course form; lessons and questions in the plain-text format of <see cref="Domain.CourseText"/>.</summary>
public sealed class CourseForm
{
    public string? Code { get; set; }

    public string? Title { get; set; }

    public string? TitleZh { get; set; }

    public Contracts.ContactChannel? Channel { get; set; }

    /// <summary>Other channels the course teaches and certifies.</summary>
    public List<Contracts.ContactChannel> AlsoCertifies { get; set; } = [];

    public bool IsRemedial { get; set; }

    public int? QuestionsPerAttempt { get; set; } = 4;

    public int? PassMarkPercent { get; set; } = 85;

    public int? TimeLimitMinutes { get; set; } = 20;

    public int? CooldownHours { get; set; } = 24;

    public int? MaxAttempts { get; set; } = 3;

    public string? LessonsEn { get; set; }

    public string? LessonsZh { get; set; }

    public string? Questions { get; set; }
}
