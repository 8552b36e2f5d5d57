using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Products;

namespace BackOffice.Origination.Features.ApplicationsApi;

public sealed record OfferDto(
    decimal Amount, int TermMonths, decimal NominalRate, InterestMethod Method, decimal Installment,
    decimal TotalInterest, decimal Fees, decimal TotalCost, decimal Apr, RiskTier RiskTier);
