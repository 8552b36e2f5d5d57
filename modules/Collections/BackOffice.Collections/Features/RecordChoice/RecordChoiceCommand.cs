using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;

namespace BackOffice.Collections.Features.RecordChoice;

/// <summary>
/// Records what the borrower asked for, dated now, with who recorded it and how the borrower told us: it binds every
/// collector from this moment (the guard reads it before the next contact) until the borrower withdraws it. A method
/// (opt-out) or a time window (inconvenient, consent) goes with some. Recording only adds to the history, so two
/// people recording at once both land (ADR 13's second look), and the same choice while it binds is kept once.
/// </summary>
internal sealed record RecordChoiceCommand(
    Guid LoanId, string StaffId, bool Manager, ChoiceKind Kind, ContactMethod? Method, TimeOnly? From, TimeOnly? To,
    ChoiceChannel How = ChoiceChannel.Unknown) : ICommand<Guid>;

internal sealed class RecordChoiceValidator : AbstractValidator<RecordChoiceCommand>
{
    public RecordChoiceValidator(IStringLocalizer<CollectionsResource> localizer)
    {
        RuleFor(c => c.Method).NotNull().When(c => c.Kind == ChoiceKind.OptOut).WithMessage("Say which method the borrower opted out of.");
        RuleFor(c => c.From).NotNull().When(c => c.Kind is ChoiceKind.Inconvenient or ChoiceKind.ConsentToTime)
            .WithMessage("Give the start of the time window.");
        RuleFor(c => c.To).NotNull().When(c => c.Kind is ChoiceKind.Inconvenient or ChoiceKind.ConsentToTime)
            .WithMessage("Give the end of the time window.");
        RuleFor(c => c).Must(c => c.From != c.To).When(c => c.From is not null).WithName("To").WithMessage("The window must not be empty.");
        RuleFor(c => c.How).NotEqual(ChoiceChannel.Unknown).WithMessage(_ => localizer["Say how the borrower told us."].Value);
        RuleFor(c => c.Kind).NotEqual(ChoiceKind.RefusedThirdParty)
            .WithMessage(_ => localizer["A third party's refusal is recorded from the contact with them."].Value);
    }
}

internal sealed class RecordChoiceHandler(GuardFactsReader reader, TimeProvider clock) : ICommandHandler<RecordChoiceCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordChoiceCommand command, CancellationToken cancellationToken)
    {
        var (_, debtor) = await reader.AccountOfAsync(command.LoanId, command.StaffId, command.Manager, cancellationToken);

        // A consent is given once: a second recording would not be a second consent but a second date for the same one.
        if (command.Kind == ChoiceKind.ElectronicDeliveryConsent && debtor.Choices.ElectronicDeliveryConsentAt is { } given)
        {
            throw new BusinessRuleException(
                "e-delivery-consent-recorded", $"The borrower's consent to electronic delivery was already recorded on {given:yyyy-MM-dd}.");
        }

        var made = new ChoiceAct(clock.GetUtcNow(), command.StaffId, command.How);
        var window = command is { From: { } from, To: { } to } ? new TimeWindow(from, to) : null;
        debtor.Choose(choices => command.Kind switch
        {
            ChoiceKind.CeaseRequest or ChoiceKind.Dispute or ChoiceKind.LegalRepresentation or ChoiceKind.ElectronicDeliveryConsent =>
                choices.Record(command.Kind, made),
            ChoiceKind.OptOut => choices.Record(command.Kind, made, method: command.Method!.Value),
            ChoiceKind.Inconvenient or ChoiceKind.ConsentToTime => choices.Record(command.Kind, made, window: window),
            _ => throw RequestValidationException.For(nameof(command.Kind), "Choose what the borrower asked for."),
        });
        return debtor.LoanId;
    }
}
