using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Home;

internal sealed record MyCertification(
    Guid Id, ContactChannel Channel, CertificationStatus Status, DateTimeOffset ExpiresAt, string? SuspensionReason);
