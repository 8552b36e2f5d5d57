using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.OverrideClearance;

/// <summary>A manager lets a blocked contact go ahead, with a written reason; Compliance reviews every override.</summary>
internal sealed record OverrideClearanceCommand(Guid ClearanceId, string ManagerId, string Reason) : ICommand<Guid>;

internal sealed class OverrideClearanceHandler(CollectionsDbContext db, IOptions<ConductPolicy> policy, TimeProvider clock)
    : ICommandHandler<OverrideClearanceCommand, Guid>
{
    public async ValueTask<Guid> Handle(OverrideClearanceCommand command, CancellationToken cancellationToken)
    {
        var clearance = await db.Clearances.FirstOrDefaultAsync(c => c.Id == command.ClearanceId, cancellationToken)
            ?? throw new NotFoundException("Clearance");
        // A care-team clearance may be on a loan with no collection account: the debtor has the loan number.
        var loanNumber = await db.Debtors.Where(d => d.LoanId == clearance.LoanId).Select(d => d.LoanNumber).FirstAsync(cancellationToken);
        var now = clock.GetUtcNow();
        clearance.Override(command.ManagerId, command.Reason, now, policy.Value.ClearanceLifetime);
        var rules = string.Join(", ", clearance.Refusals.Select(r => r.Rule));
        db.Audit(new AuditRecord(
                CollectionsAuditActions.ContactOverridden, command.ManagerId, $"loan:{loanNumber}", $"{rules}: {clearance.OverrideReason}"), clock.GetUtcNow());
        foreach (var refusal in clearance.Refusals)
        {
            db.Publish(new OverrideGrantedIntegrationEvent(
                clearance.Id, clearance.CollectorId, command.ManagerId, refusal.Rule, clearance.OverrideReason!,
                loanNumber) { OccurredAt = now });
        }

        return clearance.LoanId;
    }
}
