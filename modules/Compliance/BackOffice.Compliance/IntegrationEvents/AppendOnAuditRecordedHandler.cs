using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>A module's sensitive action, committed with its change, joins the trail once.</summary>
internal sealed class AppendOnAuditRecordedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<AuditRecordedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(AuditRecordedIntegrationEvent recorded) => recorded.Record;
}
