using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Training.Contracts;

namespace BackOffice.Training.Domain;

/// <summary>
/// Leave to contact borrowers through one channel, until it expires. A suspended or expired certification
/// removes the collector from contact and assignment at once.
/// </summary>
internal sealed class Certification : IVersioned
{
    private Certification()
    {
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public string StaffId { get; private set; } = "";

    public ContactChannel Channel { get; private set; }

    public Guid CourseId { get; private set; }

    public int CourseVersion { get; private set; }

    public DateTimeOffset GrantedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public CertificationStatus Status { get; private set; }

    public string? SuspensionReason { get; private set; }

    public bool WarnedOfExpiry { get; private set; }

    public static Certification Grant(
        string staffId, Course course, ContactChannel channel, int version, DateTimeOffset now, CertificationTerm term) => new()
    {
        Id = Guid.CreateVersion7(),
        StaffId = staffId,
        Channel = channel,
        CourseId = course.Id,
        CourseVersion = version,
        GrantedAt = now,
        ExpiresAt = term.EndFrom(now),
        Status = CertificationStatus.Active,
    };

    /// <summary>Passing again before expiry extends from the current expiry, so an early renewal loses no days.</summary>
    public void Renew(int version, DateTimeOffset now, CertificationTerm term)
    {
        ExpiresAt = term.EndFrom(Status == CertificationStatus.Active && ExpiresAt > now ? ExpiresAt : now);
        CourseVersion = version;
        WarnedOfExpiry = false;
        if (Status == CertificationStatus.Expired)
        {
            Status = CertificationStatus.Active;
            GrantedAt = now;
        }
    }

    public bool IsValidAt(DateTimeOffset moment) => Status == CertificationStatus.Active && GrantedAt <= moment && moment < ExpiresAt;

    /// <summary>True when this call expired it (it was active and its time is up).</summary>
    public bool ExpireIfDue(DateTimeOffset now)
    {
        if (Status != CertificationStatus.Active || now < ExpiresAt)
        {
            return false;
        }

        Status = CertificationStatus.Expired;
        return true;
    }

    /// <summary>Ends it before its time (a newer course version is required), whatever its state.</summary>
    public void EndNow(DateTimeOffset now)
    {
        Status = CertificationStatus.Expired;
        ExpiresAt = ExpiresAt < now ? ExpiresAt : now;
    }

    public bool IsDueForWarning(DateTimeOffset now, TimeSpan ahead) =>
        Status == CertificationStatus.Active && !WarnedOfExpiry && ExpiresAt - now <= ahead && now < ExpiresAt;

    public void MarkWarned() => WarnedOfExpiry = true;

    public void Suspend(string reason)
    {
        if (Status != CertificationStatus.Active)
        {
            throw new BusinessRuleException("not-active", "Only an active certification can be suspended.");
        }

        Status = CertificationStatus.Suspended;
        SuspensionReason = reason;
    }

    public void Reinstate(DateTimeOffset now)
    {
        if (Status != CertificationStatus.Suspended)
        {
            throw new BusinessRuleException("not-suspended", "Only a suspended certification can be reinstated.");
        }

        Status = now < ExpiresAt ? CertificationStatus.Active : CertificationStatus.Expired;
        SuspensionReason = null;
    }
}
