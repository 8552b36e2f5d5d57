using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Home;

/// <summary>A request the guard blocked, which a manager may override with a written reason.</summary>
internal sealed record BlockedContact(
    Guid ClearanceId, DateTimeOffset IssuedAt, string CollectorId, ContactMethod Method, IReadOnlyList<Refusal> Refusals);
