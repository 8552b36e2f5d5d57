using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>A restructure is reported to the regulator; its approval is on record.</summary>
internal sealed class AuditOnRepaymentPlanActivatedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<RepaymentPlanActivatedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(RepaymentPlanActivatedIntegrationEvent activated) => new(
        ComplianceAuditActions.RepaymentPlanActivated, activated.ApprovedBy, $"loan:{activated.LoanNumber}",
        $"{activated.Kind} plan {activated.PlanId} in force");
}
