using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Training.Domain;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Courses;

/// <summary>Puts one person, or everyone holding a role, on a course; people already on it are left as they are.</summary>
internal sealed record EnrolStaffCommand(Guid CourseId, string? StaffId, string? Role, string By) : ICommand<int>;

internal sealed class EnrolStaffHandler(TrainingDbContext db, IStaffDirectory staff, TimeProvider clock)
    : ICommandHandler<EnrolStaffCommand, int>
{
    public async ValueTask<int> Handle(EnrolStaffCommand command, CancellationToken cancellationToken)
    {
        var course = await db.Courses.FirstOrDefaultAsync(c => c.Id == command.CourseId, cancellationToken)
            ?? throw new NotFoundException("Course");
        IReadOnlyList<StaffMember> people = !string.IsNullOrEmpty(command.StaffId)
            ? (await staff.FindAsync(command.StaffId, cancellationToken) is { } one ? [one] : [])
            : !string.IsNullOrEmpty(command.Role) ? await staff.InRoleAsync(command.Role, cancellationToken) : [];
        if (people.Count == 0)
        {
            throw RequestValidationException.For("StaffId", "Choose a person or a role with at least one member.");
        }

        var already = await db.Enrolments.Where(e => e.CourseId == course.Id && e.CompletedAt == null)
            .Select(e => e.StaffId).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var person in people.Where(p => !already.Contains(p.Id)))
        {
            db.Enrolments.Add(new Enrolment(course.Id, person.Id, person.DisplayName, command.By, "enrolled by a trainer", clock.GetUtcNow()));
            added++;
        }

        var details = $"{added} enrolled ({command.Role ?? command.StaffId})";
        db.Audit(new AuditRecord(TrainingAuditActions.Enrolled, command.By, $"course:{course.Code}", details), clock.GetUtcNow());
        return added;
    }
}
