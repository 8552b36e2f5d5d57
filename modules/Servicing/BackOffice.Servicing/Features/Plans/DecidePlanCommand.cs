using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Plans;

/// <summary>A second person approves or rejects a plan above the limits.</summary>
internal sealed record DecidePlanCommand(Guid PlanId, bool Approve, string? Note, string By) : ICommand<Guid>;

internal sealed class DecidePlanHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, TimeProvider clock)
    : ICommandHandler<DecidePlanCommand, Guid>
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
            db.Audit(new AuditRecord(ServicingAuditActions.RepaymentPlanRejected, command.By, $"loan:{loan.LoanNumber}",
                $"plan {plan.Id}: {command.Note}"), clock.GetUtcNow());
        }

        return loan.Id;
    }
}
