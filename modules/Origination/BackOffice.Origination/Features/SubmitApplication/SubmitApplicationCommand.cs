using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Domain.Products;
using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Features.LoanTerms;
using Mediator;

namespace BackOffice.Origination.Features.SubmitApplication;

public sealed record ApplicantRequest(string? FullName, IdType? IdType, string? IdNumber, DateOnly? DateOfBirth, string? Phone, string? Address, string? TimeZone);

public sealed record EmploymentRequest(string? EmployerName, EmploymentType? EmploymentType, decimal? GrossMonthlyIncome, decimal? MonthlyDebtPayments);

public sealed record VehicleRequest(string? Vin, string? Make, string? Model, int? Year, decimal? Price, VehicleCondition? Condition);

/// <summary>
/// A dealer's application, as posted. Every field is optional here so a missing one is named in the problem
/// details instead of defaulting; the dealer and the idempotency key come from the token and the header, never the body.
/// </summary>
public sealed record SubmitApplicationCommand(
    ApplicantRequest? Applicant,
    EmploymentRequest? Employment,
    VehicleRequest? Vehicle,
    decimal? DownPayment,
    decimal? RequestedAmount,
    int? TermMonths,
    string? ProductCode) : ICommand<SubmissionResult>, ILoanTerms
{
    [JsonIgnore]
    public Guid DealerId { get; init; }

    [JsonIgnore]
    public string IdempotencyKey { get; init; } = "";

    /// <summary>The body's fingerprint: the same key with another body is refused, not replayed.</summary>
    public string BodyHash() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(this, OriginationJson.Options))));
}

/// <summary>The answer, and whether it is the stored first answer to an earlier request with the same key.</summary>
public sealed record SubmissionResult(ApplicationDto Application, bool Replayed);
