using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.DecideVisit;

/// <summary>A manager approves (saying whether repossession is allowed) or rejects a visit.</summary>
internal sealed record DecideVisitCommand(Guid VisitId, string ManagerId, bool Approve, bool AllowRepossession) : ICommand<Guid>;

internal sealed class DecideVisitHandler(CollectionsDbContext db) : ICommandHandler<DecideVisitCommand, Guid>
{
    public async ValueTask<Guid> Handle(DecideVisitCommand command, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == command.VisitId, cancellationToken) ?? throw new NotFoundException("Visit");
        visit.Decide(command.ManagerId, command.Approve, command.AllowRepossession);
        return visit.LoanId;
    }
}
