using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace BackOffice.Training.Features.Courses;

/// <summary>A new version's content, in the plain-text format of <see cref="Domain.CourseText"/>.</summary>
public sealed class VersionForm
{
    /// <summary>The course the form posts to; it travels as the route's id, never as a form field.</summary>
    [BindNever]
    public Guid CourseId { get; init; }

    public string? LessonsEn { get; set; }

    public string? LessonsZh { get; set; }

    public string? Questions { get; set; }
}
