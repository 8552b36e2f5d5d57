namespace BackOffice.Training.Domain;

/// <summary>
/// The actions Training records in the audit trail itself. Grants, suspensions, reinstatements and expiries of
/// certifications reach the trail as integration events, which Compliance records under its own names.
/// </summary>
internal static class TrainingAuditActions
{
    public const string Enrolled = "training.enrolled";
    public const string CourseCreated = "training.course-created";
    public const string CourseVersionPublished = "training.course-version-published";
    public const string VersionRequired = "training.version-required";
}
