namespace BackOffice.Origination.Features.QuoteLoan;

public sealed record InstallmentDto(int Number, decimal Principal, decimal Interest, decimal Payment);
