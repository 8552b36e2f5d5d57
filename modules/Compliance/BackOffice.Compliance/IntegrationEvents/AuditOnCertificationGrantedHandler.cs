using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Training.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Who may collect is a regulated fact: every grant, expiry, suspension and reinstatement is kept.</summary>
internal sealed class AuditOnCertificationGrantedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<CertificationGrantedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(CertificationGrantedIntegrationEvent granted) => new(
        ComplianceAuditActions.CertificationGranted, granted.CollectorId, $"certification:{granted.CertificationId}",
        $"{granted.Channel} by {granted.CourseCode} v{granted.CourseVersion}, until {granted.ExpiresAt.UtcDateTime:yyyy-MM-dd}");
}
