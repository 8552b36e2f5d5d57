namespace BackOffice.Origination.Domain.Applications;

public sealed record Applicant(
    string FullName, IdType IdType, string IdNumber, DateOnly DateOfBirth, string Phone, string Address, string TimeZone);
