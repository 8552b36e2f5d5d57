using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Servicing.Contracts;

/// <summary>The borrower fell behind on a plan in force; collection may resume.</summary>
public sealed record RepaymentPlanBrokenIntegrationEvent(Guid LoanId, string LoanNumber, Guid PlanId, DateOnly BusinessDate, int DaysPastDue)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}
