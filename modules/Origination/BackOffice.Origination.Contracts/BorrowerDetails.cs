namespace BackOffice.Origination.Contracts;

/// <summary>The borrower as booked; <see cref="MonthlyIncome"/> is the verified income when the underwriter verified it.</summary>
public sealed record BorrowerDetails(
    string FullName, IdType IdType, string IdNumber, DateOnly DateOfBirth, string Phone, string Address, string TimeZone, decimal MonthlyIncome);
