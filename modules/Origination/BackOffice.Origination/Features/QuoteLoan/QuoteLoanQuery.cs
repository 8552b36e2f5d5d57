using BackOffice.Origination.Domain.Pricing;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Features.LoanTerms;
using FluentValidation;
using Mediator;

namespace BackOffice.Origination.Features.QuoteLoan;

/// <summary>Prices a deal without applying. The tier defaults to B, the standard price, and is named in the answer.</summary>
public sealed record QuoteLoanQuery(string? ProductCode, decimal? RequestedAmount, int? TermMonths, decimal? DownPayment, RiskTier? RiskTier)
    : IQuery<QuoteDto>, ILoanTerms;

public sealed record InstallmentDto(int Number, decimal Principal, decimal Interest, decimal Payment);

/// <summary>A quote: every figure a borrower must see, with the APR beside the nominal rate. Rates are fractions.</summary>
public sealed record QuoteDto(
    string ProductCode, string Currency, RiskTier RiskTier, InterestMethod Method, decimal Amount, int TermMonths,
    decimal NominalRate, decimal Apr, decimal Installment, decimal LastInstallment, decimal TotalInterest, decimal Fees,
    decimal TotalCost, IReadOnlyList<InstallmentDto> Schedule)
{
    public static QuoteDto From(Product product, RiskTier tier, PricedLoan loan) => new(
        product.Code, product.Currency, tier, loan.Method, loan.Amount, loan.TermMonths, loan.NominalRate, loan.Apr,
        loan.Installment, loan.Installments[^1].Payment, loan.TotalInterest, loan.Fee, loan.TotalCost,
        [.. loan.Installments.Select(i => new InstallmentDto(i.Number, i.Principal, i.Interest, i.Payment))]);
}

public sealed class QuoteLoanValidator : AbstractValidator<QuoteLoanQuery>
{
    public QuoteLoanValidator() => Include(new LoanTermsValidator());
}

public sealed class QuoteLoanHandler : IQueryHandler<QuoteLoanQuery, QuoteDto>
{
    public ValueTask<QuoteDto> Handle(QuoteLoanQuery query, CancellationToken cancellationToken)
    {
        var product = ProductCatalogue.Find(query.ProductCode)!;
        var tier = query.RiskTier ?? RiskTier.B;
        var loan = Underwriter.Price(product, query.RequestedAmount!.Value, query.TermMonths!.Value, tier);
        return ValueTask.FromResult(QuoteDto.From(product, tier, loan));
    }
}
