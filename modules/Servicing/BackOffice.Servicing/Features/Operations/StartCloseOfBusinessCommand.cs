using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>
/// An operator asks for the close of business through a date; the run happens in the background. The answer says
/// what really happens: nothing (already done), a start here, a resumption, or a wait for another host.
/// </summary>
internal sealed record StartCloseOfBusinessCommand(DateOnly Through, string By) : ICommand<StartCloseOfBusinessAnswer>;

/// <param name="Queued">False when there was nothing to do: every date through <paramref name="Through"/> is closed.</param>
/// <param name="From">The first date the request closes (the one after the last closed).</param>
internal sealed record StartCloseOfBusinessAnswer(bool Queued, DateOnly Through, DateOnly From, DateOnly? LastClosed, CloseOfBusinessSituation Situation);

internal sealed class StartCloseOfBusinessValidator : AbstractValidator<StartCloseOfBusinessCommand>
{
    public StartCloseOfBusinessValidator(BusinessCalendar calendar) =>
        RuleFor(c => c.Through).Must(date => date < calendar.Today)
            .WithMessage("Only a business date that has ended can be closed: choose yesterday or earlier.");
}

internal sealed class StartCloseOfBusinessHandler(ServicingDbContext db, CloseOfBusinessWatch watch, CloseOfBusinessQueue queue, IAuditTrail audit)
    : ICommandHandler<StartCloseOfBusinessCommand, StartCloseOfBusinessAnswer>
{
    public async ValueTask<StartCloseOfBusinessAnswer> Handle(StartCloseOfBusinessCommand command, CancellationToken cancellationToken)
    {
        var situation = await watch.NowAsync(cancellationToken);
        var lastClosed = await db.CloseOfBusinessRuns.Where(r => r.Status == RunStatus.Completed)
            .MaxAsync(r => (DateOnly?)r.BusinessDate, cancellationToken);
        var from = lastClosed is { } last && last < command.Through ? last.AddDays(1) : command.Through;
        if (lastClosed >= command.Through && situation.Date is null)
        {
            return new StartCloseOfBusinessAnswer(false, command.Through, from, lastClosed, situation);
        }

        queue.Enqueue(new CloseOfBusinessRequest(command.Through, command.By));
        await audit.RecordAsync(
            new AuditRecord(
                ServicingAuditActions.CloseOfBusinessStarted, command.By, $"business-date:{command.Through:yyyy-MM-dd}", "started by hand"),
            cancellationToken);
        return new StartCloseOfBusinessAnswer(true, command.Through, from, lastClosed, situation);
    }
}
