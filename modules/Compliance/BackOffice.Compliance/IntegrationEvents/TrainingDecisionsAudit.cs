using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Training.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Who may collect is a regulated fact: every grant, expiry, suspension and reinstatement is kept.</summary>
public sealed class CertificationGrantedAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<CertificationGrantedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(CertificationGrantedIntegrationEvent granted) => new(
        AuditActions.CertificationGranted, granted.CollectorId, $"certification:{granted.CertificationId}",
        $"{granted.Channel} by {granted.CourseCode} v{granted.CourseVersion}, until {granted.ExpiresAt.UtcDateTime:yyyy-MM-dd}");
}

public sealed class CertificationExpiredAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<CertificationExpiredIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(CertificationExpiredIntegrationEvent expired) => new(
        AuditActions.CertificationExpired, "training", $"certification:{expired.CertificationId}", $"{expired.CollectorId} {expired.Channel}");
}

public sealed class CertificationSuspendedAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<CertificationSuspendedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(CertificationSuspendedIntegrationEvent suspended) => new(
        AuditActions.CertificationSuspended, suspended.By, $"certification:{suspended.CertificationId}", $"{suspended.CollectorId} {suspended.Channel}: {suspended.Reason}");
}

public sealed class CertificationReinstatedAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<CertificationReinstatedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(CertificationReinstatedIntegrationEvent reinstated) => new(
        AuditActions.CertificationReinstated, reinstated.By, $"certification:{reinstated.CertificationId}", $"{reinstated.CollectorId} {reinstated.Channel}");
}
