namespace BackOffice.Training.Domain;

/// <summary>A member of staff put on a course, by a trainer or by an upheld complaint (remedial).</summary>
public sealed class Enrolment
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

    public Guid CourseId { get; private set; }

    public string StaffId { get; private set; } = "";

    public string StaffName { get; private set; } = "";

    public string EnrolledBy { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public DateTimeOffset EnrolledAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public void Complete(DateTimeOffset at) => CompletedAt ??= at;
}

/// <summary>An in-app notice to a member of staff (expiry warnings, remedial enrolments).</summary>
public sealed class Notice
{
    private Notice()
    {
    }

    public Notice(string staffId, Bilingual text, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        StaffId = staffId;
        Text = text.En;
        TextZh = text.Zh;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public string StaffId { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>The notice in Chinese; empty on notices written before there was one.</summary>
    public string TextZh { get; private set; } = "";

    public Bilingual Message => new(Text, TextZh);

    public DateTimeOffset CreatedAt { get; private set; }
}
