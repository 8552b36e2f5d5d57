namespace BackOffice.Training.Domain;

/// <summary>Training's own audited action; grants, suspensions, reinstatements and expiries reach the trail as events.</summary>
internal static class TrainingAudit
{
    public const string Enrolled = "training.enrolled";
}
