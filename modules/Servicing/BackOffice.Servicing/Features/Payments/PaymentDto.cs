namespace BackOffice.Servicing.Features.Payments;

/// <summary>A payment as the API and pages show it, with where its money went.</summary>
internal sealed record PaymentDto(
    Guid Id, Guid LoanId, string LoanNumber, string ExternalReference, decimal Amount, DateOnly ValueDate, string Channel, bool Reversed,
    IReadOnlyList<AllocationDto> Allocations);
