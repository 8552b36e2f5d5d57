using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Servicing.Contracts;

/// <summary>A repayment plan is in force: collection stands down until it ends.</summary>
public sealed record RepaymentPlanActivatedIntegrationEvent(Guid LoanId, string LoanNumber, Guid PlanId, PlanKind Kind, string ApprovedBy)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}
