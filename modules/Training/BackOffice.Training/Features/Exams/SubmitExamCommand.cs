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

    /// <summary>Grants each channel's certification the course gives, or renews it; a remedial pass lifts the suspension it answered.</summary>
    private async Task CertifyAsync(string staffId, Course course, int version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var channels = course.Certifies.ToList();
        var held = await db.Certifications.Where(c => c.StaffId == staffId && channels.Contains(c.Channel)).ToListAsync(cancellationToken);
        foreach (var channel in channels)
        {
            var term = policy.Value.TermFor(channel);
            var certification = held.FirstOrDefault(c => c.Channel == channel);
            if (certification is null)
            {
                certification = Certification.Grant(staffId, course, channel, version, now, term);
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

                certification.Renew(version, now, term);
            }

            db.Publish(new CertificationGrantedIntegrationEvent(
                certification.Id, staffId, certification.Channel, certification.ExpiresAt, course.Code, version) { OccurredAt = now });
        }
    }
}
