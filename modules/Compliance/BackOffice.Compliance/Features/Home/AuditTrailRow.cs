namespace BackOffice.Compliance.Features.Home;

/// <summary>
/// An audit entry as the page lists it: the actor as recorded (a staff id, or a system such as close-of-business)
/// and, for a member of staff, the name to show.
/// </summary>
internal sealed record AuditTrailRow(
    long Sequence, DateTimeOffset OccurredAt, string Action, string Actor, string ActorName, string? Subject, string? Details);
