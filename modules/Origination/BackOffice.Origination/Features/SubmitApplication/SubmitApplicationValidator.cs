using BackOffice.BuildingBlocks.Time;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Identification;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Features.LoanTerms;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.SubmitApplication;

/// <summary>Every field of an application, with a message a dealer's developer can act on. Nothing is stored if one fails.</summary>
internal sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplicationCommand>
{
    public SubmitApplicationValidator(TimeProvider clock, IOptions<UnderwritingPolicy> policy)
    {
        Include(new LoanTermsValidator(policy));

        RuleFor(c => c.Applicant).NotNull().WithMessage("Give the applicant.");
        When(c => c.Applicant is not null, () =>
        {
            RuleFor(c => c.Applicant!.FullName).NotEmpty().WithMessage("Enter the applicant's full name.").MaximumLength(200);
            RuleFor(c => c.Applicant!.IdType).NotNull().WithMessage("Give the identity document type (ChineseResidentId or Passport).");
            RuleFor(c => c.Applicant!.DateOfBirth).NotNull().WithMessage("Enter the date of birth.")
                .Must(born => born < clock.UtcToday() && born > clock.UtcToday().AddYears(-120))
                .WithMessage("The date of birth must be in the past 120 years.");
            RuleFor(c => c.Applicant!.IdNumber)
                .Must((c, id) => ChineseResidentId.Problem(id, c.Applicant!.DateOfBirth) is null)
                .WithMessage(c => ChineseResidentId.Problem(c.Applicant!.IdNumber, c.Applicant.DateOfBirth)!)
                .When(c => c.Applicant!.IdType == IdType.ChineseResidentId);
            RuleFor(c => c.Applicant!.IdNumber).NotEmpty().WithMessage("Enter the passport number.")
                .Matches("^[A-Za-z0-9]{5,20}$").WithMessage("A passport number has 5 to 20 letters and digits.")
                .When(c => c.Applicant!.IdType == IdType.Passport);
            RuleFor(c => c.Applicant!.Phone).Must(phone => PhoneNumberFormat.ToE164(phone) is not null)
                .WithMessage("Enter a valid phone number: a Chinese number, or any number with its + country code.");
            RuleFor(c => c.Applicant!.Address).NotEmpty().WithMessage("Enter the applicant's address.").MaximumLength(500);
            RuleFor(c => c.Applicant!.TimeZone)
                .Must(zone => zone is null || TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                .WithMessage("Give an IANA time zone such as Asia/Shanghai, or leave it out.");
        });

        RuleFor(c => c.Employment).NotNull().WithMessage("Give the applicant's employment and income.");
        When(c => c.Employment is not null, () =>
        {
            RuleFor(c => c.Employment!.EmploymentType).NotNull().WithMessage("Give the employment type (Employed, SelfEmployed, Retired or Other).");
            RuleFor(c => c.Employment!.EmployerName).NotEmpty().WithMessage("Enter the employer's name.").MaximumLength(200)
                .When(c => c.Employment!.EmploymentType is EmploymentType.Employed or EmploymentType.SelfEmployed);
            RuleFor(c => c.Employment!.GrossMonthlyIncome).NotNull().WithMessage("Enter the gross monthly income.")
                .GreaterThan(0m).WithMessage("The gross monthly income must be above 0.")
                .LessThanOrEqualTo(10_000_000m).WithMessage("The gross monthly income is implausibly high.");
            RuleFor(c => c.Employment!.MonthlyDebtPayments).NotNull().WithMessage("Enter the declared monthly debt payments (0 if none).")
                .GreaterThanOrEqualTo(0m).WithMessage("Debt payments cannot be negative.");
        });

        RuleFor(c => c.Vehicle).NotNull().WithMessage("Give the vehicle.");
        When(c => c.Vehicle is not null, () =>
        {
            RuleFor(c => c.Vehicle!.Vin).Must(vin => Vin.Problem(vin) is null).WithMessage(c => Vin.Problem(c.Vehicle!.Vin)!);
            RuleFor(c => c.Vehicle!.Make).NotEmpty().WithMessage("Enter the make.").MaximumLength(100);
            RuleFor(c => c.Vehicle!.Model).NotEmpty().WithMessage("Enter the model.").MaximumLength(100);
            RuleFor(c => c.Vehicle!.Year).NotNull().WithMessage("Enter the model year.")
                .Must(year => year is null || (year >= 1990 && year <= clock.UtcToday().Year + 1))
                .WithMessage(_ => $"The model year must be between 1990 and {clock.UtcToday().Year + 1}.");
            RuleFor(c => c.Vehicle!.Price).NotNull().WithMessage("Enter the vehicle price.")
                .GreaterThan(0m).WithMessage("The price must be above 0.");
            RuleFor(c => c.Vehicle!.Condition).NotNull().WithMessage("Give the condition (New or Used).")
                .Must((c, condition) => ProductCatalogue.Find(c.ProductCode) is not { } product || product.Condition == condition)
                .WithMessage(c =>
                    $"{c.ProductCode} is for {ProductCatalogue.Find(c.ProductCode)!.Condition.ToString().ToLowerInvariant()} vehicles.");
            RuleFor(c => c.RequestedAmount)
                .Must((c, amount) => amount is null || c.Vehicle!.Price is null || c.DownPayment is null || amount <= c.Vehicle.Price - c.DownPayment)
                .WithMessage("The amount financed cannot exceed the price less the down payment.");
            RuleFor(c => c.DownPayment)
                .Must((c, down) => down is null || c.Vehicle!.Price is null || down < c.Vehicle.Price)
                .WithMessage("The down payment must be less than the price.");
        });
    }
}
