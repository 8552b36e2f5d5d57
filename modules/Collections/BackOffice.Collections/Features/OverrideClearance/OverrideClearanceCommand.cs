using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.OverrideClearance;

/// <summary>A manager lets a blocked contact go ahead, with a written reason; Compliance reviews every override.</summary>
internal sealed record OverrideClearanceCommand(Guid ClearanceId, string ManagerId, string Reason) : ICommand<Guid>;

internal sealed class OverrideClearanceHandler(CollectionsDbContext db, GuardFactsReader reader, IOptions<ConductPolicy> policy, TimeProvider clock)
    : ICommandHandler<OverrideClearanceCommand, Guid>
{
    public async ValueTask<Guid> Handle(OverrideClearanceCommand command, CancellationToken cancellationToken)
    {
        var clearance = await db.Clearances.FirstOrDefaultAsync(c => c.Id == command.ClearanceId, cancellationToken)
            ?? throw new NotFoundException("Clearance");
        // A care-team clearance may be on a loan with no collection account: the debtor has the loan number.
        var debtor = await db.Debtors.FirstAsync(d => d.LoanId == clearance.LoanId, cancellationToken);
        var loanNumber = debtor.LoanNumber;
        var now = clock.GetUtcNow();
        if (!clearance.Allowed)
        {
            await RefuseIfNowBindingAsync(clearance, debtor, now, cancellationToken);
        }

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

    /// <summary>
    /// The block may be days old: a cease request, a dispute or a lawyer that came after it binds the contact the override
    /// would let through, and no one may override those. Asked of the guard as of now, the rest of the block stands as it was.
    /// </summary>
    private async Task RefuseIfNowBindingAsync(Clearance clearance, Debtor debtor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var contact = debtor.Contacts.FirstOrDefault(c => c.Value == clearance.Destination && c.Party == clearance.Party);
        var request = new ContactRequest(
            clearance.CollectorId, clearance.Party, clearance.ThirdPartyId, clearance.Method, clearance.Destination,
            now > clearance.PlannedAt ? now : clearance.PlannedAt, clearance.SecondCollectorId, clearance.Purpose, contact?.Origin,
            clearance.TemplateKey);
        var account = clearance.Purpose == ContactPurpose.Care
            ? null
            : await db.Accounts.FirstOrDefaultAsync(a => a.LoanId == clearance.LoanId, cancellationToken);
        var binding = ConductGuard.Check(request, await reader.FactsAsync(account, debtor, request, cancellationToken), policy.Value)
            .FirstOrDefault(r => !ConductGuard.MayBeOverridden(r.Rule));
        if (binding is not null)
        {
            throw new BusinessRuleException(
                "not-overridable", $"No one may override \"{binding.Rule}\": it is the borrower's right or the law, not a limit.");
        }
    }
}
