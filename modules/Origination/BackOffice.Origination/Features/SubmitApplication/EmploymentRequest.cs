using BackOffice.Origination.Domain.Applications;

namespace BackOffice.Origination.Features.SubmitApplication;

public sealed record EmploymentRequest(
    string? EmployerName, EmploymentType? EmploymentType, decimal? GrossMonthlyIncome, decimal? MonthlyDebtPayments);
