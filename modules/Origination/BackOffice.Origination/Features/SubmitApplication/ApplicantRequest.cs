using BackOffice.Origination.Contracts;

namespace BackOffice.Origination.Features.SubmitApplication;

public sealed record ApplicantRequest(
    string? FullName, IdType? IdType, string? IdNumber, DateOnly? DateOfBirth, string? Phone, string? Address, string? TimeZone);
