namespace BackOffice.Origination.Features.LoanTerms;

/// <summary>What a quote and an application both ask for: a product, and an amount and term it offers.</summary>
internal interface ILoanTerms
{
    string? ProductCode { get; }

    decimal? RequestedAmount { get; }

    int? TermMonths { get; }

    decimal? DownPayment { get; }
}
