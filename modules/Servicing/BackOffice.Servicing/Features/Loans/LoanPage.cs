using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Loans;

public sealed record LoanPage(LoanDetails Details, PaymentForm Payment, PayoffQuote? Payoff, DateOnly PayoffDate);
