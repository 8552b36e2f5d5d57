using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using FluentValidation;
using Mediator;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>An operator asks for the close of business through a date; the run happens in the background.</summary>
internal sealed record StartCloseOfBusinessCommand(DateOnly Through, string By) : ICommand;

internal sealed class StartCloseOfBusinessValidator : AbstractValidator<StartCloseOfBusinessCommand>
{
    public StartCloseOfBusinessValidator(BusinessCalendar calendar) =>
        RuleFor(c => c.Through).Must(date => date < calendar.Today)
            .WithMessage("Only a business date that has ended can be closed: choose yesterday or earlier.");
}

internal sealed class StartCloseOfBusinessHandler(CloseOfBusinessQueue queue, IAuditTrail audit) : ICommandHandler<StartCloseOfBusinessCommand>
{
    public async ValueTask<Unit> Handle(StartCloseOfBusinessCommand command, CancellationToken cancellationToken)
    {
        queue.Enqueue(new CloseOfBusinessRequest(command.Through, command.By));
        await audit.RecordAsync(
            new AuditRecord(
                ServicingAuditActions.CloseOfBusinessStarted, command.By, $"business-date:{command.Through:yyyy-MM-dd}", "started by hand"),
            cancellationToken);
        return Unit.Value;
    }
}
