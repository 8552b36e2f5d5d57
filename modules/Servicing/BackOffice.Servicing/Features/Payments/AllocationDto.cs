using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Payments;

public sealed record AllocationDto(int? Installment, string Component, decimal Amount);
