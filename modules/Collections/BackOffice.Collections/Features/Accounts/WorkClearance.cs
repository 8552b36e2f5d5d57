using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>
/// The guard's answer being worked on the page: allowed (until when, used or not) or blocked with its refusals, and the
/// template it was asked for, if one was named.
/// </summary>
internal sealed record WorkClearance(
    Guid Id, bool Allowed, bool Used, ContactMethod Method, string Destination, DateTimeOffset ExpiresAt, IReadOnlyList<Refusal> Refusals,
    string? TemplateKey = null);
