namespace BackOffice.Origination.Domain.Underwriting;

/// <summary>What would be affordable when the request is not: a smaller amount at the same term, or a longer term.</summary>
public sealed record AffordableAlternative(decimal? MaxAmountAtRequestedTerm, int? TermForRequestedAmount);
