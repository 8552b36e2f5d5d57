using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.RequestVisit;

/// <summary>Waiting period after the notice of intent (section "Collections:Visits").</summary>
public sealed class VisitOptions
{
    public const string SectionName = "Collections:Visits";

    public int NoticeDays { get; set; } = 7;
}

/// <summary>A collector asks for a field visit on one of their accounts.</summary>
public sealed record RequestVisitCommand(Guid LoanId, string CollectorId, string Reason) : ICommand<Guid>;

public sealed class RequestVisitHandler(CollectionsDbContext db, GuardFactsReader reader, TimeProvider clock) : ICommandHandler<RequestVisitCommand, Guid>
{
    public async ValueTask<Guid> Handle(RequestVisitCommand command, CancellationToken cancellationToken)
    {
        await reader.AccountOfAsync(command.LoanId, command.CollectorId, manager: false, cancellationToken);
        if (await db.Visits.AnyAsync(v => v.LoanId == command.LoanId && (v.Status == VisitStatus.Requested || v.Status == VisitStatus.Approved || v.Status == VisitStatus.NoticeSent), cancellationToken))
        {
            throw new BusinessRuleException("visit-open", "A visit for this account is already under way.");
        }

        var visit = new FieldVisit(command.LoanId, command.CollectorId, command.Reason, clock.GetUtcNow());
        db.Visits.Add(visit);
        return visit.Id;
    }
}

/// <summary>A manager approves (saying whether repossession is allowed) or rejects a visit.</summary>
public sealed record DecideVisitCommand(Guid VisitId, string ManagerId, bool Approve, bool AllowRepossession) : ICommand<Guid>;

public sealed class DecideVisitHandler(CollectionsDbContext db) : ICommandHandler<DecideVisitCommand, Guid>
{
    public async ValueTask<Guid> Handle(DecideVisitCommand command, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == command.VisitId, cancellationToken) ?? throw new NotFoundException("Visit");
        visit.Decide(command.ManagerId, command.Approve, command.AllowRepossession);
        return visit.LoanId;
    }
}
