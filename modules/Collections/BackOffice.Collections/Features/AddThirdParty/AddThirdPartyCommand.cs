using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Localization;

namespace BackOffice.Collections.Features.AddThirdParty;

/// <summary>
/// Adds a third party (reference, employer, relative) with their number and where it came from: given by the
/// borrower, on the application, or found by a named search (recorded with who ran it); and whether the person
/// agreed to be contacted (dated now). Numbers are kept in E.164, so "the same number" means the same number in
/// every limit the guard counts.
/// </summary>
internal sealed record AddThirdPartyCommand(
    Guid LoanId, string StaffId, bool Manager, string Name, string Relationship, string Phone,
    ContactSource Source = ContactSource.Unknown, string? Search = null, bool Consented = false)
    : ICommand<Guid>;

internal sealed class AddThirdPartyValidator : AbstractValidator<AddThirdPartyCommand>
{
    public static readonly string[] Relationships = ["reference", "employer", "relative"];

    public AddThirdPartyValidator(IStringLocalizer<CollectionsResource> localizer)
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Relationship).Must(r => Relationships.Contains(r)).WithMessage("Choose reference, employer or relative.");
        RuleFor(c => c.Phone).Must(p => ThirdPartyPhones.ToE164(p) is not null)
            .WithMessage("Give a valid phone number (with +country code outside China).");
        RuleFor(c => c.Source).Must(s => s is ContactSource.GivenByBorrower or ContactSource.Application or ContactSource.FoundBySearch)
            .WithMessage(_ => localizer["Say where this number came from."].Value);
        RuleFor(c => c.Search).NotEmpty().When(c => c.Source == ContactSource.FoundBySearch)
            .WithMessage(_ => localizer["Name the search that found this number."].Value);
        RuleFor(c => c.Search).MaximumLength(200);
    }
}

internal sealed class AddThirdPartyHandler(GuardFactsReader reader, TimeProvider clock) : ICommandHandler<AddThirdPartyCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddThirdPartyCommand command, CancellationToken cancellationToken)
    {
        var (_, debtor) = await reader.AccountOfAsync(command.LoanId, command.StaffId, command.Manager, cancellationToken);
        var phone = ThirdPartyPhones.ToE164(command.Phone)
            ?? throw RequestValidationException.For(nameof(command.Phone), "Give a valid phone number.");
        var searched = command.Source == ContactSource.FoundBySearch;
        var origin = new ContactOrigin(
            command.Source, searched ? command.Search!.Trim() : null, searched ? command.StaffId : null,
            command.Consented ? clock.GetUtcNow() : null);
        return debtor.AddContact(Party.ThirdParty, command.Name.Trim(), command.Relationship, ContactPointKind.Phone, phone, origin).Id;
    }
}
