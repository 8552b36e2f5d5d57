using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using FluentValidation;
using Mediator;

namespace BackOffice.Collections.Features.AddThirdParty;

/// <summary>
/// Adds a third party the borrower named (reference, employer, relative) with their number. Numbers are kept in
/// E.164, so "the same number" means the same number in every limit the guard counts.
/// </summary>
internal sealed record AddThirdPartyCommand(Guid LoanId, string StaffId, bool Manager, string Name, string Relationship, string Phone)
    : ICommand<Guid>;

internal sealed class AddThirdPartyValidator : AbstractValidator<AddThirdPartyCommand>
{
    public static readonly string[] Relationships = ["reference", "employer", "relative"];

    public AddThirdPartyValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Relationship).Must(r => Relationships.Contains(r)).WithMessage("Choose reference, employer or relative.");
        RuleFor(c => c.Phone).Must(p => ThirdPartyPhones.ToE164(p) is not null)
            .WithMessage("Give a valid phone number (with +country code outside China).");
    }
}

internal sealed class AddThirdPartyHandler(GuardFactsReader reader) : ICommandHandler<AddThirdPartyCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddThirdPartyCommand command, CancellationToken cancellationToken)
    {
        var (_, debtor) = await reader.AccountOfAsync(command.LoanId, command.StaffId, command.Manager, cancellationToken);
        var phone = ThirdPartyPhones.ToE164(command.Phone)
            ?? throw RequestValidationException.For(nameof(command.Phone), "Give a valid phone number.");
        return debtor.AddContact(Party.ThirdParty, command.Name.Trim(), command.Relationship, ContactPointKind.Phone, phone).Id;
    }
}
