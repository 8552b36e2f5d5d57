using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

internal sealed class AuditOnRepaymentPlanBrokenHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<RepaymentPlanBrokenIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(RepaymentPlanBrokenIntegrationEvent broken) => new(
        ComplianceAuditActions.RepaymentPlanBroken, "close-of-business", $"loan:{broken.LoanNumber}",
        $"plan {broken.PlanId} broken on {broken.BusinessDate:yyyy-MM-dd} at {broken.DaysPastDue} days past due");
}
