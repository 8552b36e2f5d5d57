using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Training.Features.Exams;

public sealed record StartExamCommand(Guid CourseId, string StaffId) : ICommand<Guid>;

/// <summary>The chosen options per question id; the server alone knows which are right.</summary>
public sealed record SubmitExamCommand(Guid AttemptId, string StaffId, IReadOnlyDictionary<int, IReadOnlyCollection<int>> Answers) : ICommand<ExamResult>;

public sealed record ExamResult(decimal Score, bool Passed, bool TimedOut, DateTimeOffset? CertifiedUntil);

/// <summary>An attempt as the page shows it: questions and options, never which are correct.</summary>
public sealed record AttemptQuery(Guid AttemptId, string StaffId) : IQuery<AttemptView>;

public sealed record QuestionView(int Id, string TextEn, string TextZh, IReadOnlyList<Bilingual> Options, bool IsMultipleChoice);

public sealed record AttemptView(Guid Id, Guid CourseId, Bilingual CourseTitle, DateTimeOffset Deadline, bool IsOpen, decimal? Score, bool Passed, bool TimedOut, IReadOnlyList<QuestionView> Questions);

public sealed class ExamHandlers(TrainingDbContext db, IOptions<TrainingPolicy> policy, TimeProvider clock)
    : ICommandHandler<StartExamCommand, Guid>, ICommandHandler<SubmitExamCommand, ExamResult>, IQueryHandler<AttemptQuery, AttemptView>
{
    public async ValueTask<Guid> Handle(StartExamCommand command, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken) ?? throw new NotFoundException("Course");
        if (!await db.Enrolments.AnyAsync(e => e.CourseId == course.Id && e.StaffId == command.StaffId, cancellationToken))
        {
            throw new BusinessRuleException("not-enrolled", "You are not enrolled on this course.");
        }

        var earlier = await db.ExamAttempts.Where(a => a.CourseId == course.Id && a.StaffId == command.StaffId).ToListAsync(cancellationToken);
        if (earlier.FirstOrDefault(a => a.IsOpen && clock.GetUtcNow() <= a.Deadline) is { } open)
        {
            return open.Id;
        }

        var attempt = ExamAttempt.Start(course, command.StaffId, earlier, clock.GetUtcNow(), Random.Shared);
        db.ExamAttempts.Add(attempt);
        return attempt.Id;
    }

    public async ValueTask<ExamResult> Handle(SubmitExamCommand command, CancellationToken cancellationToken)
    {
        var attempt = await db.ExamAttempts.FirstOrDefaultAsync(a => a.Id == command.AttemptId && a.StaffId == command.StaffId, cancellationToken)
            ?? throw new NotFoundException("Exam attempt");
        var course = await db.Courses.FirstAsync(c => c.Id == attempt.CourseId, cancellationToken);
        var now = clock.GetUtcNow();
        attempt.Submit(command.Answers, course, now);
        if (!attempt.Passed)
        {
            return new ExamResult(attempt.Score!.Value, false, attempt.TimedOut, null);
        }

        var certification = await CertifyAsync(command.StaffId, course, attempt.VersionNumber, now, cancellationToken);
        foreach (var enrolment in await db.Enrolments.Where(e => e.CourseId == course.Id && e.StaffId == command.StaffId && e.CompletedAt == null).ToListAsync(cancellationToken))
        {
            enrolment.Complete(now);
        }

        return new ExamResult(attempt.Score!.Value, true, false, certification.ExpiresAt);
    }

    public async ValueTask<AttemptView> Handle(AttemptQuery query, CancellationToken cancellationToken)
    {
        var attempt = await db.ExamAttempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == query.AttemptId && a.StaffId == query.StaffId, cancellationToken)
            ?? throw new NotFoundException("Exam attempt");
        var course = await db.Courses.AsNoTracking().FirstAsync(c => c.Id == attempt.CourseId, cancellationToken);
        var bank = course.Versions.Single(v => v.Number == attempt.VersionNumber).Questions.ToDictionary(q => q.Id);
        return new AttemptView(attempt.Id, course.Id, course.Name, attempt.Deadline, attempt.IsOpen, attempt.Score, attempt.Passed, attempt.TimedOut,
            [.. attempt.QuestionIds.Select(id => bank[id]).Select(q => new QuestionView(q.Id, q.TextEn, q.TextZh, q.Choices, q.IsMultipleChoice))]);
    }

    /// <summary>Grants the channel's certification, or renews it; a remedial pass lifts the suspension it answered.</summary>
    private async Task<Certification> CertifyAsync(string staffId, Course course, int version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var certification = await db.Certifications.FirstOrDefaultAsync(c => c.StaffId == staffId && c.Channel == course.Channel, cancellationToken);
        if (certification is null)
        {
            certification = Certification.Grant(staffId, course, version, now, policy.Value.Validity);
            db.Certifications.Add(certification);
        }
        else
        {
            if (certification.Status == CertificationStatus.Suspended && course.IsRemedial)
            {
                certification.Reinstate(now);
                db.Publish(new CertificationReinstatedIntegrationEvent(certification.Id, staffId, certification.Channel, $"remedial course {course.Code} passed") { OccurredAt = now });
            }

            certification.Renew(version, now, policy.Value.Validity);
        }

        db.Publish(new CertificationGrantedIntegrationEvent(certification.Id, staffId, certification.Channel, certification.ExpiresAt, course.Code, version) { OccurredAt = now });
        return certification;
    }
}
