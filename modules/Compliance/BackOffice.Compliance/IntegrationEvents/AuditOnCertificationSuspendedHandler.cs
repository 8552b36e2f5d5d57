using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Training.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

internal sealed class AuditOnCertificationSuspendedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<CertificationSuspendedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(CertificationSuspendedIntegrationEvent suspended) => new(
        ComplianceAuditActions.CertificationSuspended, suspended.By, $"certification:{suspended.CertificationId}",
        $"{suspended.CollectorId} {suspended.Channel}: {suspended.Reason}");
}
