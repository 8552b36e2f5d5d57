using BackOffice.Servicing.Contracts;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>A payment on the loan page; who posted it by name.</summary>
internal sealed record PaymentLine(
    Guid Id, DateOnly ValueDate, string Reference, PaymentChannel Channel, decimal Amount, string PostedBy, bool IsReversed, string? ReversalReason);
