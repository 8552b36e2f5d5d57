namespace BackOffice.Servicing.Domain;

/// <summary>What the booking says about the loan.</summary>
internal sealed record LoanTerms(
    Guid LoanId, string LoanNumber, Guid ApplicationId, Guid DealerId, string ProductCode, string Currency, decimal Principal, decimal AnnualRate,
    InterestMethod Method, int TermMonths, decimal Apr, DateOnly BookedOn, DateOnly FirstDueDate, decimal OriginationFee = 0m);
