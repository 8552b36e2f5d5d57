using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Courses;

/// <summary>The trainer decides the older versions no longer suffice: certificates earned on them end now.</summary>
internal sealed record RequireCurrentVersionCommand(Guid CourseId, string By) : ICommand<int>;

internal sealed class RequireCurrentVersionHandler(TrainingDbContext db, TimeProvider clock)
    : ICommandHandler<RequireCurrentVersionCommand, int>
{
    public async ValueTask<int> Handle(RequireCurrentVersionCommand command, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken) ?? throw new NotFoundException("Course");
        var current = course.Current.Number;
        var now = clock.GetUtcNow();
        var outdated = await db.Certifications
            .Where(c => c.CourseId == course.Id && c.CourseVersion < current && c.Status != CertificationStatus.Expired)
            .ToListAsync(cancellationToken);
        foreach (var certification in outdated)
        {
            certification.EndNow(now);
            db.Publish(new CertificationExpiredIntegrationEvent(certification.Id, certification.StaffId, certification.Channel) { OccurredAt = now });
            var channel = Bilingual.Of(certification.Channel);
            db.Notices.Add(new Notice(certification.StaffId, new(
                $"{course.Title} version {current} is now required; pass it to be certified for {channel.En} again.",
                $"{course.Name.Chinese} 第 {current} 版现为必修;通过后才能重新获得{channel.Zh}资质。"), now));
        }

        var details = $"version {current}; {outdated.Count} certifications ended";
        db.Audit(new AuditRecord(TrainingAuditActions.VersionRequired, command.By, $"course:{course.Code}", details), clock.GetUtcNow());
        return outdated.Count;
    }
}
