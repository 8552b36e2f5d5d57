using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Care;

/// <summary>Current loans on the early-warning list, riskiest first, and plans waiting for a second person.</summary>
internal sealed record CareWorklistQuery(int Page = 1) : IQuery<CareWorklist>;

internal sealed class CareWorklistHandler(ServicingDbContext db, IStaffDirectory staff) : IQueryHandler<CareWorklistQuery, CareWorklist>
{
    public async ValueTask<CareWorklist> Handle(CareWorklistQuery query, CancellationToken cancellationToken)
    {
        var page = await db.Loans.AsNoTracking()
            .Where(l => (l.EarlyWarningSince != null && l.Status == LoanStatus.Active) || (l.CareReferredOn != null && !l.PlanInForce))
            .OrderByDescending(l => l.CareReferredOn != null).ThenByDescending(l => l.EarlyWarningScore).ThenBy(l => l.EarlyWarningSince)
            .Select(l => new
            {
                l.Id, l.LoanNumber, l.Borrower.FullName, l.Borrower.Phone, l.EarlyWarningScore,
                Reasons = l.CareReferredOn != null
                    ? "hardship-referral:" + (l.EarlyWarningReasons == "" ? "" : "," + l.EarlyWarningReasons)
                    : l.EarlyWarningReasons,
                Since = l.CareReferredOn ?? l.EarlyWarningSince!.Value,
            })
            .ToPageAsync(query.Page, cancellationToken);
        var warnings = new PagedResult<WarningRow>(
            [.. page.Items.Select(l => new WarningRow(
                l.Id, l.LoanNumber, l.FullName, l.Phone, l.EarlyWarningScore, l.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries), l.Since))],
            page.Page, page.PageSize, page.TotalCount);
        var plans = await (from plan in db.Plans.AsNoTracking()
                           join loan in db.Loans.AsNoTracking() on plan.LoanId equals loan.Id
                           where plan.Status == PlanStatus.AwaitingApproval
                           orderby plan.ProposedAt
                           select new PlanAwaitingApproval(
                               plan.Id, loan.Id, loan.LoanNumber, plan.Kind, plan.Size, plan.Reason, plan.ProposedBy, plan.ProposedAt))
            .ToListAsync(cancellationToken);
        var names = await StaffNames.LookUpAsync(staff, plans.Select(p => p.ProposedBy), cancellationToken);
        return new CareWorklist(warnings, [.. plans.Select(p => p with { ProposedBy = names.Of(p.ProposedBy) })]);
    }
}
