using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.AssignAccount;

/// <summary>A manager gives an account to a collector; only to one certified for phone contact now.</summary>
internal sealed record AssignAccountCommand(Guid LoanId, string CollectorId, string ManagerId) : ICommand<Guid>;

internal sealed class AssignAccountHandler(CollectionsDbContext db, Assignment assignment, IStaffDirectory staff, TimeProvider clock)
    : ICommandHandler<AssignAccountCommand, Guid>
{
    public async ValueTask<Guid> Handle(AssignAccountCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.LoanId == command.LoanId, cancellationToken)
            ?? throw new NotFoundException("Account");
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
