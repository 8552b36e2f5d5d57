using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackOffice.Origination.Features.ApplicationsApi;
using BackOffice.Origination.Features.LoanTerms;
using Mediator;

namespace BackOffice.Origination.Features.SubmitApplication;

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
