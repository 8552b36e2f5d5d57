using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Domain.Underwriting;
using BackOffice.Origination.Features.LoanTerms;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace BackOffice.Origination.Features.QuoteLoan;

/// <summary>Prices a deal without applying. The tier defaults to B, the standard price, and is named in the answer.</summary>
public sealed record QuoteLoanQuery(string? ProductCode, decimal? RequestedAmount, int? TermMonths, decimal? DownPayment, RiskTier? RiskTier)
    : IQuery<QuoteDto>, ILoanTerms;

internal sealed class QuoteLoanValidator : AbstractValidator<QuoteLoanQuery>
{
    public QuoteLoanValidator(IOptions<UnderwritingPolicy> policy) => Include(new LoanTermsValidator(policy));
}

internal sealed class QuoteLoanHandler : IQueryHandler<QuoteLoanQuery, QuoteDto>
{
    public ValueTask<QuoteDto> Handle(QuoteLoanQuery query, CancellationToken cancellationToken)
    {
        var product = ProductCatalogue.Find(query.ProductCode)!;
        var tier = query.RiskTier ?? RiskTier.B;
        var loan = Underwriter.Price(product, query.RequestedAmount!.Value, query.TermMonths!.Value, tier);
        return ValueTask.FromResult(QuoteDto.From(product, tier, loan));
    }
}
