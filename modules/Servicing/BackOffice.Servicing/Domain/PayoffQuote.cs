namespace BackOffice.Servicing.Domain;

internal sealed record PayoffQuote(DateOnly Date, decimal Principal, decimal InterestDue, decimal AccruedInterest, decimal Fees, decimal Credit,
    decimal Total);
