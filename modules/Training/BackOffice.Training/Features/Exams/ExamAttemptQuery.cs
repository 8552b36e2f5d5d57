using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Exams;

/// <summary>An attempt as the page shows it: questions and options, never which are correct.</summary>
internal sealed record ExamAttemptQuery(Guid AttemptId, string StaffId) : IQuery<ExamAttemptView>;

internal sealed class ExamAttemptHandler(TrainingDbContext db) : IQueryHandler<ExamAttemptQuery, ExamAttemptView>
{
    public async ValueTask<ExamAttemptView> Handle(ExamAttemptQuery query, CancellationToken cancellationToken)
    {
        var attempt = await db.ExamAttempts.AsNoTracking()
                .FirstOrDefaultAsync(a => a.Id == query.AttemptId && a.StaffId == query.StaffId, cancellationToken)
            ?? throw new NotFoundException("Exam attempt");
        var course = await db.Courses.AsNoTracking().FirstAsync(c => c.Id == attempt.CourseId, cancellationToken);
        var bank = course.Versions.Single(v => v.Number == attempt.VersionNumber).Questions.ToDictionary(q => q.Id);
        return new ExamAttemptView(attempt.Id, course.Name, attempt.Deadline, attempt.IsOpen, attempt.Score, attempt.Passed, attempt.TimedOut,
            [.. attempt.QuestionIds.Select(id => bank[id]).Select(q => new QuestionView(q.Id, q.TextEn, q.TextZh, q.Choices, q.IsMultipleChoice))]);
    }
}
