using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.LoanTerms;

/// <summary>The product, amount and term rules a quote and an application share; a product offers only the terms within its limit.</summary>
internal sealed class LoanTermsValidator : AbstractValidator<ILoanTerms>
{
    public LoanTermsValidator(IOptions<UnderwritingPolicy> policy)
    {
        RuleFor(t => t.ProductCode).NotEmpty().WithMessage("Choose a product.")
            .Must(code => ProductCatalogue.Find(code) is not null)
            .WithMessage(_ => $"Unknown product; choose one of {string.Join(", ", ProductCatalogue.All.Select(p => p.Code))}.");
        RuleFor(t => t.RequestedAmount).NotNull().WithMessage("Enter the amount to finance.")
            .Must(HaveAtMostTwoDecimals).WithMessage("Amounts have at most two decimals.");
        RuleFor(t => t.TermMonths).NotNull().WithMessage("Enter the term in months.");
        RuleFor(t => t.DownPayment).NotNull().WithMessage("Enter the down payment (0 if none).")
            .GreaterThanOrEqualTo(0m).WithMessage("The down payment cannot be negative.");

        When(t => ProductCatalogue.Find(t.ProductCode) is not null, () =>
        {
            RuleFor(t => t.RequestedAmount)
                .Must((t, amount) => amount is null || (amount >= Product(t).MinAmount && amount <= Product(t).MaxAmount))
                .WithMessage(t => $"{Product(t).Code} finances between {Product(t).MinAmount:0} and {Product(t).MaxAmount:0}.");
            RuleFor(t => t.TermMonths)
                .Must((t, term) => term is null || policy.Value.TermsOffered(Product(t)).Contains(term.Value))
                .WithMessage(t => $"{Product(t).Code} offers terms of {string.Join(", ", policy.Value.TermsOffered(Product(t)))} months.");
        });
    }

    private static Product Product(ILoanTerms terms) => ProductCatalogue.Find(terms.ProductCode)!;

    private static bool HaveAtMostTwoDecimals(decimal? amount) => amount is null || decimal.Round(amount.Value, 2) == amount.Value;
}
