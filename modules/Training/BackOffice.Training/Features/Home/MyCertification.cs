using BackOffice.Training.Contracts;
using BackOffice.Training.Domain;

namespace BackOffice.Training.Features.Home;

public sealed record MyCertification(Guid Id, ContactChannel Channel, CertificationStatus Status, DateTimeOffset ExpiresAt, string? SuspensionReason);
