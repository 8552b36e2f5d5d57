using BackOffice.Servicing.Features.Shared;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Plans;

/// <summary>The schedule a plan would give the loan, and whether a second person must approve it.</summary>
internal sealed record PlanPreviewQuery(Guid LoanId, PlanKind Kind, int Size) : IQuery<PlanPreview>;

internal sealed class PlanPreviewHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy) : IQueryHandler<PlanPreviewQuery, PlanPreview>
{
    public async ValueTask<PlanPreview> Handle(PlanPreviewQuery query, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == query.LoanId, cancellationToken)
            ?? throw new NotFoundException("Loan");
        var before = loan.Installments.ToDictionary(i => i.Number);
        var schedule = FieldRefusal.Beside(
            () => loan.PreviewPlan(query.Kind, query.Size, policy.Value), (LoanRefusals.DeferSize, nameof(query.Size)),
            (LoanRefusals.ExtendSize, nameof(query.Size)), (LoanRefusals.TermLimit, nameof(query.Size)));
        var lines = schedule.Select(line => new PlanPreviewLine(
            line.Number, line.DueDate, line.Principal, line.Interest, line.Fee, line.Payment,
            before.GetValueOrDefault(line.Number)?.DueDate, before.GetValueOrDefault(line.Number) is { } was
                ? was.ScheduledPayment + was.Fee : null));
        var needsApproval = loan.NeedsApproval(query.Kind, query.Size, policy.Value.PlanApproval);
        return new PlanPreview(loan.Id, loan.LoanNumber, query.Kind, query.Size, [.. lines], needsApproval);
    }
}
