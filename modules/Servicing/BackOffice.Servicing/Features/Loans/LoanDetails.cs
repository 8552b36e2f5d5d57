using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>Everything the loan page shows, and the payoff quote for the date asked (or why there is none).</summary>
internal sealed record LoanDetails(
    LoanFacts Loan,
    IReadOnlyList<InstallmentLine> Schedule,
    IReadOnlyList<PaymentLine> Payments,
    IReadOnlyList<DelinquencyLine> History,
    IReadOnlyList<PlanLine> Plans,
    IReadOnlyList<string> EarlyWarningReasons,
    DateOnly Today,
    DateOnly PayoffDate,
    PayoffQuote? Payoff,
    string? PayoffRefused);
