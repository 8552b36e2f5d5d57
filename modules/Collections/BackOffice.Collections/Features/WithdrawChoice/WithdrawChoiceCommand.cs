using BackOffice.Collections.Domain;
using BackOffice.Collections.Features.Shared;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;

namespace BackOffice.Collections.Features.WithdrawChoice;

/// <summary>
/// The borrower takes a choice back: who recorded the withdrawal, when, and how the borrower told us. From then the
/// choice no longer binds the guard; it stays in the history. A second withdrawal of the same choice is refused (it
/// has ended), so twenty at once end in one withdrawal.
/// </summary>
internal sealed record WithdrawChoiceCommand(Guid LoanId, string StaffId, bool Manager, Guid ChoiceId, ChoiceChannel How) : ICommand<Guid>;

internal sealed class WithdrawChoiceValidator : AbstractValidator<WithdrawChoiceCommand>
{
    public WithdrawChoiceValidator(IStringLocalizer<CollectionsResource> localizer) =>
        RuleFor(c => c.How).NotEqual(ChoiceChannel.Unknown).WithMessage(_ => localizer["Say how the borrower told us."].Value);
}

internal sealed class WithdrawChoiceHandler(GuardFactsReader reader, TimeProvider clock) : ICommandHandler<WithdrawChoiceCommand, Guid>
{
    public async ValueTask<Guid> Handle(WithdrawChoiceCommand command, CancellationToken cancellationToken)
    {
        var (_, debtor) = await reader.AccountOfAsync(command.LoanId, command.StaffId, command.Manager, cancellationToken);
        debtor.Choose(choices => choices.Withdraw(command.ChoiceId, new ChoiceAct(clock.GetUtcNow(), command.StaffId, command.How)));
        return command.ChoiceId;
    }
}
