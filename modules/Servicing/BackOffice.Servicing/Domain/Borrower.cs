namespace BackOffice.Servicing.Domain;

internal sealed record Borrower(string FullName, string IdType, string IdNumber, string Phone, string Address, string TimeZone,
    decimal MonthlyIncome);
