namespace BackOffice.Servicing.Features.PaymentsApi;

/// <summary>The body a payment gateway posts.</summary>
public sealed record GatewayPayment(string LoanNumber, string ExternalReference, decimal Amount, DateOnly ValueDate);
