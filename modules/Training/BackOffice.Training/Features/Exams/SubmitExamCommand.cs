using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Training.Features.Exams;

/// <summary>The chosen options per question id; the server alone knows which are right.</summary>
internal sealed record SubmitExamCommand(Guid AttemptId, string StaffId, IReadOnlyDictionary<int, IReadOnlyCollection<int>> Answers) : ICommand;

internal sealed class SubmitExamHandler(TrainingDbContext db, IOptions<TrainingPolicy> policy, TimeProvider clock)
    : ICommandHandler<SubmitExamCommand>
{
    public async ValueTask<Unit> Handle(SubmitExamCommand command, CancellationToken cancellationToken)
    {
        var attempt = await db.ExamAttempts.FirstOrDefaultAsync(a => a.Id == command.AttemptId && a.StaffId == command.StaffId, cancellationToken)
            ?? throw new NotFoundException("Exam attempt");
        var course = await db.Courses.FirstAsync(c => c.Id == attempt.CourseId, cancellationToken);
        var now = clock.GetUtcNow();
        attempt.Submit(command.Answers, course, now);
        if (!attempt.Passed)
        {
            return Unit.Value;
        }

        await CertifyAsync(command.StaffId, course, attempt.VersionNumber, now, cancellationToken);
        var enrolments = await db.Enrolments
            .Where(e => e.CourseId == course.Id && e.StaffId == command.StaffId && e.CompletedAt == null)
            .ToListAsync(cancellationToken);
        foreach (var enrolment in enrolments)
        {
            enrolment.Complete(now);
        }

        return Unit.Value;
    }

    /// <summary>Grants the channel's certification, or renews it; a remedial pass lifts the suspension it answered.</summary>
    private async Task CertifyAsync(string staffId, Course course, int version, DateTimeOffset now, CancellationToken cancellationToken)
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
                db.Publish(new CertificationReinstatedIntegrationEvent(
                    certification.Id, staffId, certification.Channel, $"remedial course {course.Code} passed") { OccurredAt = now });
            }

            certification.Renew(version, now, policy.Value.Validity);
        }

        db.Publish(new CertificationGrantedIntegrationEvent(
            certification.Id, staffId, certification.Channel, certification.ExpiresAt, course.Code, version) { OccurredAt = now });
    }
}
