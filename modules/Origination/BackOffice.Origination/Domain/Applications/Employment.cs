namespace BackOffice.Origination.Domain.Applications;

public sealed record Employment(string EmployerName, EmploymentType Type, decimal GrossMonthlyIncome, decimal MonthlyDebtPayments);
