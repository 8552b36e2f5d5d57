using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Courses;

/// <summary>A new version of the content; certificates earned on older versions stay valid.</summary>
internal sealed record PublishCourseVersionCommand(Guid CourseId, string? LessonsEn, string? LessonsZh, string? Questions, string By) : ICommand<int>;

internal sealed class PublishCourseVersionHandler(TrainingDbContext db, TimeProvider clock)
    : ICommandHandler<PublishCourseVersionCommand, int>
{
    public async ValueTask<int> Handle(PublishCourseVersionCommand command, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken) ?? throw new NotFoundException("Course");
        var version = CourseContent.Publish(course, command.LessonsEn, command.LessonsZh, command.Questions, clock.GetUtcNow());
        db.Audit(new AuditRecord(TrainingAuditActions.CourseVersionPublished, command.By, $"course:{course.Code}", $"version {version.Number}"), clock.GetUtcNow());
        return version.Number;
    }
}
