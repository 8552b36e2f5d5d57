using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Plans;

/// <summary>The schedule a plan would give the loan, and whether a second person must approve it.</summary>
public sealed record PlanPreviewQuery(Guid LoanId, PlanKind Kind, int Size) : IQuery<PlanPreview>;

public sealed class PlanPreviewHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy) : IQueryHandler<PlanPreviewQuery, PlanPreview>
{
    public async ValueTask<PlanPreview> Handle(PlanPreviewQuery query, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == query.LoanId, cancellationToken) ?? throw new NotFoundException("Loan");
        var schedule = loan.PreviewPlan(query.Kind, query.Size);
        return new PlanPreview(loan, query.Kind, query.Size, schedule, loan.NeedsApproval(query.Kind, query.Size, policy.Value.PlanApproval));
    }
}
