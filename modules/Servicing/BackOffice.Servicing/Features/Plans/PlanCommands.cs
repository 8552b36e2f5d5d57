using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Plans;

/// <summary>The schedule a plan would give the loan, and whether a second person must approve it.</summary>
public sealed record PlanPreviewQuery(Guid LoanId, PlanKind Kind, int Size) : IQuery<PlanPreview>;

public sealed record PlanPreview(LoanAccount Loan, PlanKind Kind, int Size, IReadOnlyList<ScheduledInstallment> Schedule, bool NeedsApproval);

public sealed class PlanPreviewHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy) : IQueryHandler<PlanPreviewQuery, PlanPreview>
{
    public async ValueTask<PlanPreview> Handle(PlanPreviewQuery query, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == query.LoanId, cancellationToken) ?? throw new NotFoundException("Loan");
        var schedule = loan.PreviewPlan(query.Kind, query.Size);
        return new PlanPreview(loan, query.Kind, query.Size, schedule, loan.NeedsApproval(query.Kind, query.Size, policy.Value.PlanApproval));
    }
}

/// <summary>The care team proposes a plan; within the limits it is in force at once, above them it waits for a second person.</summary>
public sealed record ProposePlanCommand(Guid LoanId, PlanKind Kind, int Size, string Reason, string By) : ICommand<RepaymentPlan>;

public sealed class ProposePlanValidator : AbstractValidator<ProposePlanCommand>
{
    public ProposePlanValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the borrower needs the plan.").MaximumLength(1000);
        RuleFor(c => c.Size).InclusiveBetween(0, 120);
    }
}

public sealed class ProposePlanHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, IAuditTrail audit, TimeProvider clock)
    : ICommandHandler<ProposePlanCommand, RepaymentPlan>
{
    public async ValueTask<RepaymentPlan> Handle(ProposePlanCommand command, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.FirstOrDefaultAsync(l => l.Id == command.LoanId, cancellationToken) ?? throw new NotFoundException("Loan");
        if (await db.Plans.AnyAsync(p => p.LoanId == loan.Id && p.Status == PlanStatus.AwaitingApproval, cancellationToken))
        {
            throw new BusinessRuleException("plan-waiting", "A plan for this loan is already waiting for approval.");
        }

        var plan = loan.ProposePlan(command.Kind, command.Size, command.Reason, command.By, clock.GetUtcNow(), policy.Value.PlanApproval);
        db.Plans.Add(plan);
        await audit.RecordAsync(
            new AuditRecord(AuditActions.RepaymentPlanProposed, command.By, $"loan:{loan.LoanNumber}", $"{plan.Kind} {plan.Size}: {plan.Reason}" + (plan.NeedsApproval ? " (needs approval)" : "")),
            cancellationToken);
        if (!plan.NeedsApproval)
        {
            PlanActivation.Activate(db, loan, plan, command.By, clock, policy.Value);
        }

        return plan;
    }
}

/// <summary>A second person approves or rejects a plan above the limits.</summary>
public sealed record DecidePlanCommand(Guid PlanId, bool Approve, string? Note, string By) : ICommand<Guid>;

public sealed class DecidePlanHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, IAuditTrail audit, TimeProvider clock) : ICommandHandler<DecidePlanCommand, Guid>
{
    public async ValueTask<Guid> Handle(DecidePlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == command.PlanId, cancellationToken) ?? throw new NotFoundException("Plan");
        var loan = await db.WholeLoans.FirstAsync(l => l.Id == plan.LoanId, cancellationToken);
        if (command.Approve)
        {
            PlanActivation.Activate(db, loan, plan, command.By, clock, policy.Value);
        }
        else
        {
            if (plan.Status != PlanStatus.AwaitingApproval)
            {
                throw new BusinessRuleException("plan-decided", "This plan has already been decided.");
            }

            plan.Reject(command.By, clock.GetUtcNow(), command.Note?.Trim() ?? "");
            await audit.RecordAsync(new AuditRecord(AuditActions.RepaymentPlanRejected, command.By, $"loan:{loan.LoanNumber}", $"plan {plan.Id}: {command.Note}"), cancellationToken);
        }

        return loan.Id;
    }
}

internal static class PlanActivation
{
    /// <summary>The schedule changes and Collections is told to stand down, in the same transaction.</summary>
    public static void Activate(ServicingDbContext db, LoanAccount loan, RepaymentPlan plan, string by, TimeProvider clock, ServicingPolicy policy)
    {
        loan.Activate(plan, by, clock.GetUtcNow(), policy);
        db.Publish(new RepaymentPlanActivatedIntegrationEvent(loan.Id, loan.LoanNumber, plan.Id, plan.Kind.ToString(), by) { OccurredAt = clock.GetUtcNow() });
    }
}
