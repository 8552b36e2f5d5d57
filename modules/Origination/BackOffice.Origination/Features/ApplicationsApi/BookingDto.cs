namespace BackOffice.Origination.Features.ApplicationsApi;

public sealed record BookingDto(Guid LoanId, DateTimeOffset BookedAt, DateOnly FirstDueDate);
