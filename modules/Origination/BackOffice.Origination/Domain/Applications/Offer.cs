using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Pricing;

namespace BackOffice.Origination.Domain.Applications;

/// <summary>The priced offer as disclosed: every figure the borrower must see, the APR beside the nominal rate.</summary>
internal sealed record Offer(
    decimal Amount, int TermMonths, decimal NominalRate, InterestMethod Method, decimal Installment,
    decimal TotalInterest, decimal Fees, decimal TotalCost, decimal Apr)
{
    public static Offer From(PricedLoan loan) => new(
        loan.Amount, loan.TermMonths, loan.NominalRate, loan.Method, loan.Installment, loan.TotalInterest, loan.Fee,
        loan.TotalCost, loan.Apr);
}
