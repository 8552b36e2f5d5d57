using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Training.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

internal sealed class AuditOnCertificationReinstatedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<CertificationReinstatedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(CertificationReinstatedIntegrationEvent reinstated) => new(
        ComplianceAuditActions.CertificationReinstated, reinstated.By, $"certification:{reinstated.CertificationId}",
        $"{reinstated.CollectorId} {reinstated.Channel}");
}
