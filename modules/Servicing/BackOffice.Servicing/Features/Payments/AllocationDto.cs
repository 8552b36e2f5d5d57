using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Payments;

internal sealed record AllocationDto(int? Installment, string Component, decimal Amount);
