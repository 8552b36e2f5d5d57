using BackOffice.Servicing.Features.Shared;
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

/// <summary>The care team proposes a plan; within the limits it is in force at once, above them it waits for a second person.</summary>
internal sealed record ProposePlanCommand(Guid LoanId, PlanKind Kind, int Size, string Reason, string By) : ICommand<RepaymentPlan>;

internal sealed class ProposePlanValidator : AbstractValidator<ProposePlanCommand>
{
    public ProposePlanValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why the borrower needs the plan.").MaximumLength(1000);
        // How far a plan may go is the loan's to say (its product's term limit), not a number here.
        RuleFor(c => c.Size).GreaterThanOrEqualTo(0);
    }
}

internal sealed class ProposePlanHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, TimeProvider clock)
    : ICommandHandler<ProposePlanCommand, RepaymentPlan>
{
    public async ValueTask<RepaymentPlan> Handle(ProposePlanCommand command, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.FirstOrDefaultAsync(l => l.Id == command.LoanId, cancellationToken) ?? throw new NotFoundException("Loan");
        if (await db.Plans.AnyAsync(p => p.LoanId == loan.Id && p.Status == PlanStatus.AwaitingApproval, cancellationToken))
        {
            throw new BusinessRuleException("plan-waiting", "A plan for this loan is already waiting for approval.");
        }

        var plan = FieldRefusal.Beside(
            () => loan.ProposePlan(command.Kind, command.Size, command.Reason, command.By, clock.GetUtcNow(), policy.Value),
            (LoanRefusals.PlanUnexplained, nameof(command.Reason)),
            (LoanRefusals.DeferSize, nameof(command.Size)),
            (LoanRefusals.ExtendSize, nameof(command.Size)),
            (LoanRefusals.TermLimit, nameof(command.Size)));
        db.Plans.Add(plan);
        db.Audit(new AuditRecord(ServicingAuditActions.RepaymentPlanProposed, command.By, $"loan:{loan.LoanNumber}",
                $"{plan.Kind} {plan.Size}: {plan.Reason}" + (plan.NeedsApproval ? " (needs approval)" : "")), clock.GetUtcNow());
        if (!plan.NeedsApproval)
        {
            PlanActivation.Activate(db, loan, plan, command.By, clock, policy.Value);
        }

        return plan;
    }
}
