using BackOffice.Origination.Contracts;

namespace BackOffice.Origination.Domain.Applications;

internal sealed record Applicant(
    string FullName, IdType IdType, string IdNumber, DateOnly DateOfBirth, string Phone, string Address, string TimeZone);
