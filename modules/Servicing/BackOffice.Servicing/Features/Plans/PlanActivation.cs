using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Shared;
using BackOffice.Servicing.Persistence;

namespace BackOffice.Servicing.Features.Plans;

internal static class PlanActivation
{
    /// <summary>The schedule changes and Collections is told to stand down, in the same transaction.</summary>
    public static void Activate(ServicingDbContext db, LoanAccount loan, RepaymentPlan plan, string by, TimeProvider clock, ServicingPolicy policy)
    {
        var before = loan.ArrearsFigures;
        loan.Activate(plan, by, clock.GetUtcNow(), policy);
        db.Publish(new RepaymentPlanActivatedIntegrationEvent(loan.Id, loan.LoanNumber, plan.Id, plan.Kind, by) { OccurredAt = clock.GetUtcNow() });
        ArrearsNews.PublishIfChanged(db, loan, before, clock.GetUtcNow());
    }
}
