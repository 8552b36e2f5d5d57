using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Training.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

internal sealed class AuditOnCertificationExpiredHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<CertificationExpiredIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(CertificationExpiredIntegrationEvent expired) => new(
        ComplianceAuditActions.CertificationExpired, "training", $"certification:{expired.CertificationId}",
        $"{expired.CollectorId} {expired.Channel}");
}
