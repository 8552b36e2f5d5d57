using BackOffice.BuildingBlocks.Persistence;

namespace BackOffice.Training.Domain;

/// <summary>A member of staff put on a course, by a trainer or by an upheld complaint (remedial).</summary>
internal sealed class Enrolment : IVersioned
{
    private Enrolment()
    {
    }

    public Enrolment(Guid courseId, string staffId, string staffName, string enrolledBy, string reason, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        CourseId = courseId;
        StaffId = staffId;
        StaffName = staffName;
        EnrolledBy = enrolledBy;
        Reason = reason;
        EnrolledAt = at;
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public Guid CourseId { get; private set; }

    public string StaffId { get; private set; } = "";

    public string StaffName { get; private set; } = "";

    public string EnrolledBy { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTimeOffset EnrolledAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public void Complete(DateTimeOffset at) => CompletedAt ??= at;

    /// <summary>A sitting was opened on this course: concurrent starts working from "none open" are decided again.</summary>
    public void AttemptStarted() => Version = Guid.NewGuid();
}
