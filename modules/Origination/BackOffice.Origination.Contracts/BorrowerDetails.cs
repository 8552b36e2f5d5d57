namespace BackOffice.Origination.Contracts;

/// <summary>
/// The borrower as booked; <see cref="MonthlyIncome"/> is the verified income when the underwriter verified it.
/// <see cref="Region"/> is the state or province of the address (US: the USPS code, "MA"), null when the application did
/// not capture one: state rules (Collections' overlay) bind only a borrower whose state is known.
/// </summary>
public sealed record BorrowerDetails(
    string FullName, IdType IdType, string IdNumber, DateOnly DateOfBirth, string Phone, string Address, string TimeZone, decimal MonthlyIncome,
    string? Region = null);
