using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>The operations page: the dates closed, the run in progress, what is still behind.</summary>
public sealed record OperationsQuery : IQuery<OperationsView>;

public sealed record OperationsView(
    DateOnly Today, DateOnly? LastClosed, DateOnly DueToClose, int OpenLoans, IReadOnlyList<CloseOfBusinessRun> Runs)
{
    public bool AnyRunning => Runs.Any(r => r.Status == RunStatus.Running);
}

public sealed class OperationsHandler(ServicingDbContext db, BusinessCalendar calendar) : IQueryHandler<OperationsQuery, OperationsView>
{
    private static readonly LoanStatus[] Open = [LoanStatus.Active, LoanStatus.Delinquent, LoanStatus.InPlan];

    public async ValueTask<OperationsView> Handle(OperationsQuery query, CancellationToken cancellationToken)
    {
        var runs = await db.CloseOfBusinessRuns.AsNoTracking().OrderByDescending(r => r.BusinessDate).Take(30).ToListAsync(cancellationToken);
        var lastClosed = runs.Where(r => r.Status == RunStatus.Completed).Select(r => (DateOnly?)r.BusinessDate).Max();
        var open = await db.Loans.CountAsync(l => Open.Contains(l.Status), cancellationToken);
        return new OperationsView(calendar.Today, lastClosed, calendar.DateToCloseNow(), open, runs);
    }
}

/// <summary>An operator asks for the close of business through a date; the run happens in the background.</summary>
public sealed record StartCloseOfBusinessCommand(DateOnly Through, string By) : ICommand;

public sealed class StartCloseOfBusinessHandler(CloseOfBusinessQueue queue, BusinessCalendar calendar, IAuditTrail audit) : ICommandHandler<StartCloseOfBusinessCommand>
{
    public async ValueTask<Unit> Handle(StartCloseOfBusinessCommand command, CancellationToken cancellationToken)
    {
        if (command.Through >= calendar.Today)
        {
            throw RequestValidationException.For(nameof(command.Through), "Only a business date that has ended can be closed: choose yesterday or earlier.");
        }

        queue.Enqueue(new CloseOfBusinessRequest(command.Through, command.By));
        await audit.RecordAsync(new AuditRecord(AuditActions.CloseOfBusinessStarted, command.By, $"business-date:{command.Through:yyyy-MM-dd}", "started by hand"), cancellationToken);
        return Unit.Value;
    }
}
