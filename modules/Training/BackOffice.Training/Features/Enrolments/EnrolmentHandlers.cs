using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Contracts;
using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;
using BackOffice.Training.Features.Certifications;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Enrolments;

/// <summary>Puts one person, or everyone holding a role, on a course; people already on it are left as they are.</summary>
public sealed record EnrolCommand(Guid CourseId, string? StaffId, string? Role, string By) : ICommand<int>;

public sealed class EnrolHandler(TrainingDbContext db, IStaffDirectory staff, IAuditTrail audit, TimeProvider clock) : ICommandHandler<EnrolCommand, int>
{
    public async ValueTask<int> Handle(EnrolCommand command, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken) ?? throw new NotFoundException("Course");
        IReadOnlyList<StaffMember> people = !string.IsNullOrEmpty(command.StaffId)
            ? (await staff.FindAsync(command.StaffId, cancellationToken) is { } one ? [one] : [])
            : !string.IsNullOrEmpty(command.Role) ? await staff.InRoleAsync(command.Role, cancellationToken) : [];
        if (people.Count == 0)
        {
            throw RequestValidationException.For("StaffId", "Choose a person or a role with at least one member.");
        }

        var already = await db.Enrolments.Where(e => e.CourseId == course.Id && e.CompletedAt == null).Select(e => e.StaffId).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var person in people.Where(p => !already.Contains(p.Id)))
        {
            db.Enrolments.Add(new Enrolment(course.Id, person.Id, person.DisplayName, command.By, "enrolled by a trainer", clock.GetUtcNow()));
            added++;
        }

        await audit.RecordAsync(new AuditRecord(TrainingAudit.Enrolled, command.By, $"course:{course.Code}", $"{added} enrolled ({command.Role ?? command.StaffId})"), cancellationToken);
        return added;
    }
}

/// <summary>
/// An upheld complaint sends the collector back to school: enrolled on the remedial course and off the
/// channel until it is passed (domain: "an upheld complaint sends the collector back to remedial training").
/// </summary>
public sealed class ComplaintUpheldHandler(TrainingDbContext context, IStaffDirectory staff, TimeProvider clock)
    : IntegrationEventHandler<ComplaintUpheldIntegrationEvent, TrainingDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(ComplaintUpheldIntegrationEvent upheld, CancellationToken cancellationToken)
    {
        var now = upheld.OccurredAt;
        var channel = upheld.Channel switch
        {
            ComplaintChannel.PhoneAndSms => ContactChannel.PhoneAndSms,
            ComplaintChannel.Letters => ContactChannel.Letters,
            _ => throw new ArgumentOutOfRangeException(nameof(upheld), upheld.Channel, "A complaint channel Training does not certify."),
        };
        var remedial = await Context.Courses.FirstOrDefaultAsync(c => c.IsRemedial, cancellationToken);
        if (remedial is not null)
        {
            var name = (await staff.FindAsync(upheld.CollectorId, cancellationToken))?.DisplayName ?? upheld.CollectorId;
            Context.Enrolments.Add(new Enrolment(remedial.Id, upheld.CollectorId, name, "compliance", $"remedial: complaint {upheld.ComplaintId}", now));
            var off = Bilingual.Of(channel);
            Context.Notices.Add(new Notice(upheld.CollectorId, new(
                $"A complaint was upheld; you are enrolled on {remedial.Title} and off {off.En} contact until you pass it.",
                $"一项投诉被认定成立;您已被安排参加「{remedial.Name.Chinese}」,通过前不得进行{off.Zh}联系。"), now));
        }

        var certification = await Context.Certifications.FirstOrDefaultAsync(c => c.StaffId == upheld.CollectorId && c.Channel == channel, cancellationToken);
        if (certification?.Status == CertificationStatus.Active)
        {
            certification.Suspend($"complaint {upheld.ComplaintId} upheld");
            Context.Publish(new CertificationSuspendedIntegrationEvent(certification.Id, certification.StaffId, channel, certification.SuspensionReason!, "compliance") { OccurredAt = now });
        }
    }
}
