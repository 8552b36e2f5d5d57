using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.RequestClearance;

internal sealed record ClearanceDto(
    Guid Id, bool Allowed, IReadOnlyList<Refusal> Refusals, DateTimeOffset ExpiresAt, ContactMethod Method, string Destination);
