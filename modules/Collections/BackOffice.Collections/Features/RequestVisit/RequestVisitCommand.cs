using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.RequestVisit;

/// <summary>A collector asks for a field visit on one of their accounts.</summary>
internal sealed record RequestVisitCommand(Guid LoanId, string CollectorId, string Reason) : ICommand<Guid>;

internal sealed class RequestVisitHandler(CollectionsDbContext db, GuardFactsReader reader, TimeProvider clock)
    : ICommandHandler<RequestVisitCommand, Guid>
{
    public async ValueTask<Guid> Handle(RequestVisitCommand command, CancellationToken cancellationToken)
    {
        var (account, _) = await reader.AccountOfAsync(command.LoanId, command.CollectorId, manager: false, cancellationToken);
        if (await db.Visits.AnyAsync(v => v.LoanId == command.LoanId
            && (v.Status == VisitStatus.Requested || v.Status == VisitStatus.Approved || v.Status == VisitStatus.NoticeSent), cancellationToken))
        {
            throw new BusinessRuleException("visit-open", "A visit for this account is already under way.");
        }

        var visit = new FieldVisit(command.LoanId, command.CollectorId, command.Reason, clock.GetUtcNow());
        db.Visits.Add(visit);

        // "No visit under way" is a fact about the account: marking it makes a second request made at the same moment
        // decided again, and refused, instead of opening a second visit.
        account.Touch();
        return visit.Id;
    }
}
