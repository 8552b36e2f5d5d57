namespace BackOffice.Origination.Domain.Applications;

internal sealed record Employment(string EmployerName, EmploymentType Type, decimal GrossMonthlyIncome, decimal MonthlyDebtPayments);
