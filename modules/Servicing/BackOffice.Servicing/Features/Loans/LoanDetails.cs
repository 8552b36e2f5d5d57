using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Ledger;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>Everything the loan page shows, the payoff quote for the date asked (or why there is none), and a page of its ledger.</summary>
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
    string? PayoffRefused,
    LoanLedger Ledger);
