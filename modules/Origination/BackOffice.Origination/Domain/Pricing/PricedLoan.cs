using BackOffice.Origination.Contracts;

namespace BackOffice.Origination.Domain.Pricing;

/// <summary>A priced loan: the schedule and the figures every quote and offer must show.</summary>
internal sealed record PricedLoan(
    decimal Amount,
    int TermMonths,
    decimal NominalRate,
    InterestMethod Method,
    decimal Fee,
    IReadOnlyList<Installment> Installments,
    decimal Apr)
{
    /// <summary>The regular installment (the last one may differ by the rounding it absorbs).</summary>
    public decimal Installment => Installments[0].Payment;

    public decimal TotalInterest => Installments.Sum(i => i.Interest);

    /// <summary>Everything the borrower pays beyond the amount financed: interest and fees.</summary>
    public decimal FinanceCharge => TotalInterest + Fee;

    /// <summary>Everything the borrower pays: installments and fees.</summary>
    public decimal TotalCost => Amount + FinanceCharge;
}
