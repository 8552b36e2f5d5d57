using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Exams;

internal sealed record StartExamCommand(Guid CourseId, string StaffId) : ICommand<Guid>;

internal sealed class StartExamHandler(TrainingDbContext db, TimeProvider clock) : ICommandHandler<StartExamCommand, Guid>
{
    public async ValueTask<Guid> Handle(StartExamCommand command, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken) ?? throw new NotFoundException("Course");
        var enrolment = await db.Enrolments.Where(e => e.CourseId == course.Id && e.StaffId == command.StaffId).OrderBy(e => e.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException("not-enrolled", "You are not enrolled on this course.");

        var earlier = await db.ExamAttempts.Where(a => a.CourseId == course.Id && a.StaffId == command.StaffId).ToListAsync(cancellationToken);
        if (earlier.FirstOrDefault(a => a.IsOpen && clock.GetUtcNow() <= a.Deadline) is { } open)
        {
            return open.Id;
        }

        var attempt = ExamAttempt.Start(course, command.StaffId, earlier, clock.GetUtcNow(), Random.Shared);
        db.ExamAttempts.Add(attempt);

        // "No sitting open" is a fact about the person on the course: marking their enrolment makes a second start at
        // the same moment decided again, and it finds this sitting instead of opening another.
        enrolment.AttemptStarted();
        return attempt.Id;
    }
}
