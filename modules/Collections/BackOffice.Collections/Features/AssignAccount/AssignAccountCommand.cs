using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace BackOffice.Collections.Features.AssignAccount;

/// <summary>
/// A manager gives an account to a collector; only to one certified for phone contact now. Assigning is a choice,
/// not a step the account can refuse on its own, so the page sends the account's version the manager saw
/// (<see cref="ExpectedVersion"/>): if another manager assigned it in the meantime, this one is told to whom
/// instead of silently overwriting their choice.
/// </summary>
internal sealed record AssignAccountCommand(Guid LoanId, string CollectorId, string ManagerId, Guid? ExpectedVersion = null) : ICommand<Guid>;

internal sealed class AssignAccountHandler(
    CollectionsDbContext db, Assignment assignment, IStaffDirectory staff, IStringLocalizer<CollectionsResource> localizer, TimeProvider clock)
    : ICommandHandler<AssignAccountCommand, Guid>
{
    public async ValueTask<Guid> Handle(AssignAccountCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.LoanId == command.LoanId, cancellationToken)
            ?? throw new NotFoundException("Account");
        if (command.ExpectedVersion is { } seen && seen != account.Version)
        {
            var holder = account.AssignedTo is { } id ? (await staff.FindAsync(id, cancellationToken))?.DisplayName ?? id : null;
            throw new ConflictException("assigned-meanwhile", holder is null
                ? localizer["Loan {0} changed a moment ago; nothing you chose was saved. Look at it again.", account.LoanNumber].Value
                : localizer["Loan {0} was assigned to {1} a moment ago by someone else; nothing you chose was saved.", account.LoanNumber, holder]
                    .Value);
        }

        var collector = await staff.FindAsync(command.CollectorId, cancellationToken);
        var now = clock.GetUtcNow();
        if (collector is null || !(await staff.InRoleAsync(StaffRoles.Collector, cancellationToken)).Any(c => c.Id == collector.Id))
        {
            throw RequestValidationException.For(nameof(command.CollectorId), "Choose a collector.");
        }

        if (!await assignment.IsCertifiedAsync(collector.Id, Training.Contracts.ContactChannel.PhoneAndSms, now, cancellationToken))
        {
            throw new BusinessRuleException("not-certified", $"{collector.DisplayName} holds no current certification for phone contact.");
        }

        account.AssignTo(collector.Id, now);
        return account.LoanId;
    }
}
