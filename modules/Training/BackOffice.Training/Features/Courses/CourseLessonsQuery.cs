using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Persistence;
using Markdig;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Courses;

/// <summary>A course's lessons, rendered from Markdown with raw HTML disabled, so authors can link but not script.</summary>
internal sealed record CourseLessonsQuery(Guid CourseId) : IQuery<CourseLessonsView>;

internal sealed class CourseLessonsHandler(TrainingDbContext db) : IQueryHandler<CourseLessonsQuery, CourseLessonsView>
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().DisableHtml().Build();

    public async ValueTask<CourseLessonsView> Handle(CourseLessonsQuery query, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().FirstOrDefaultAsync(c => c.Id == query.CourseId, cancellationToken)
            ?? throw new NotFoundException("Course");
        var version = course.Current;
        return new CourseLessonsView(course.Id, course.Code, course.Name, course.Channel, version.Number, course.Rules,
            [.. version.Lessons.Select(l => new LessonView(l.TitleEn, l.TitleZh, Html(l.BodyEn), Html(l.BodyZh)))]);
    }

    private static string Html(string markdown) => Markdig.Markdown.ToHtml(markdown, Markdown);
}
