using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using FluentValidation;
using Mediator;

namespace BackOffice.Collections.Features.RecordChoice;

/// <summary>
/// Records what the borrower asked for, dated now: it binds every collector from this moment (the guard reads
/// it before the next contact). A method (opt-out) or a time window (inconvenient, consent) goes with some.
/// </summary>
internal sealed record RecordChoiceCommand(
    Guid LoanId, string StaffId, bool Manager, ChoiceKind Kind, ContactMethod? Method, TimeOnly? From, TimeOnly? To) : ICommand<Guid>;

internal sealed class RecordChoiceValidator : AbstractValidator<RecordChoiceCommand>
{
    public RecordChoiceValidator()
    {
        RuleFor(c => c.Method).NotNull().When(c => c.Kind == ChoiceKind.OptOut).WithMessage("Say which method the borrower opted out of.");
        RuleFor(c => c.From).NotNull().When(c => c.Kind is ChoiceKind.Inconvenient or ChoiceKind.ConsentToTime)
            .WithMessage("Give the start of the time window.");
        RuleFor(c => c.To).NotNull().When(c => c.Kind is ChoiceKind.Inconvenient or ChoiceKind.ConsentToTime)
            .WithMessage("Give the end of the time window.");
        RuleFor(c => c).Must(c => c.From != c.To).When(c => c.From is not null).WithName("To").WithMessage("The window must not be empty.");
    }
}

internal sealed class RecordChoiceHandler(GuardFactsReader reader, TimeProvider clock) : ICommandHandler<RecordChoiceCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordChoiceCommand command, CancellationToken cancellationToken)
    {
        var (_, debtor) = await reader.AccountOfAsync(command.LoanId, command.StaffId, command.Manager, cancellationToken);
        var now = clock.GetUtcNow();

        // A consent is given once: a second recording would not be a second consent but a second date for the same one.
        if (command.Kind == ChoiceKind.ElectronicDeliveryConsent && debtor.Choices.ElectronicDeliveryConsentAt is { } given)
        {
            throw new BusinessRuleException(
                "e-delivery-consent-recorded", $"The borrower's consent to electronic delivery was already recorded on {given:yyyy-MM-dd}.");
        }

        debtor.Choose(choices => command.Kind switch
        {
            ChoiceKind.CeaseRequest => choices with { CeaseRequestedAt = choices.CeaseRequestedAt ?? now },
            ChoiceKind.Dispute => choices with { DisputeOpenedAt = choices.DisputeOpenedAt ?? now },
            ChoiceKind.LegalRepresentation => choices with { RepresentedSince = choices.RepresentedSince ?? now },
            ChoiceKind.OptOut => choices with { OptedOut = [.. (choices.OptedOut ?? []).Append(command.Method!.Value).Distinct()] },
            ChoiceKind.Inconvenient =>
                choices with { Inconvenient = [.. choices.Inconvenient ?? [], new TimeWindow(command.From!.Value, command.To!.Value)] },
            ChoiceKind.ConsentToTime =>
                choices with { Consented = [.. choices.Consented ?? [], new TimeWindow(command.From!.Value, command.To!.Value)] },
            ChoiceKind.ElectronicDeliveryConsent => choices with { ElectronicDeliveryConsentAt = now },
            _ => throw RequestValidationException.For(nameof(command.Kind), "Choose what the borrower asked for."),
        });
        return debtor.LoanId;
    }
}
