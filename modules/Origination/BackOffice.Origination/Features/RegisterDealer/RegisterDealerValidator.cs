using BackOffice.Origination.Contracts;
using FluentValidation;

namespace BackOffice.Origination.Features.RegisterDealer;

internal sealed class RegisterDealerValidator : AbstractValidator<RegisterDealerCommand>
{
    public RegisterDealerValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Code).NotEmpty().MaximumLength(20).Matches("^[A-Za-z0-9-]+$")
            .WithMessage("Use letters, digits and dashes only.");
        RuleFor(c => c.ContactEmail).NotEmpty().EmailAddress().MaximumLength(256);
        RuleFor(c => c.RegisteredBy).NotEmpty();
    }
}
