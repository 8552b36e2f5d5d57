using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Pricing;
using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Features.QuoteLoan;

/// <summary>A quote: every figure a borrower must see, with the APR beside the nominal rate. Rates are fractions.</summary>
public sealed record QuoteDto(
    string ProductCode, string Currency, RiskTier RiskTier, InterestMethod Method, decimal Amount, int TermMonths,
    decimal NominalRate, decimal Apr, decimal Installment, decimal LastInstallment, decimal TotalInterest, decimal Fees,
    decimal TotalCost, IReadOnlyList<InstallmentDto> Schedule)
{
    internal static QuoteDto From(Product product, RiskTier tier, PricedLoan loan) => new(
        product.Code, product.Currency, tier, loan.Method, loan.Amount, loan.TermMonths, loan.NominalRate, loan.Apr,
        loan.Installment, loan.Installments[^1].Payment, loan.TotalInterest, loan.Fee, loan.TotalCost,
        [.. loan.Installments.Select(i => new InstallmentDto(i.Number, i.Principal, i.Interest, i.Payment))]);
}
