using BackOffice.Origination.Contracts;

namespace BackOffice.Origination.Features.ApplicationsApi;

public sealed record DecisionDto(
    Decision? Outcome, string DecidedBy, DateTimeOffset DecidedAt, string PolicyVersion, IReadOnlyList<ReasonDto> Reasons, string? Note);
