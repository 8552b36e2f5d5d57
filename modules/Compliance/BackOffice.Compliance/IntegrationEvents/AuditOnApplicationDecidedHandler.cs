using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Origination.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Every underwriting decision goes into the audit trail, the automated ones included.</summary>
internal sealed class AuditOnApplicationDecidedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<ApplicationDecidedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(ApplicationDecidedIntegrationEvent decided) => new(
        ComplianceAuditActions.ApplicationDecided, decided.DecidedBy, $"application:{decided.ApplicationId}",
        $"{decided.Outcome}; policy {decided.PolicyVersion}; reasons [{string.Join(",", decided.ReasonCodes)}]");
}
