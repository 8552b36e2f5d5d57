using BackOffice.Collections.Contracts;

namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// The borrower's choices with their dates, binding on every collector: a cease request, an open dispute, a
/// lawyer to speak to instead, media opted out of, times named inconvenient, times consented to, and third
/// parties who refused to be contacted again.
/// </summary>
internal sealed record BorrowerChoices(
    DateTimeOffset? CeaseRequestedAt = null,
    DateTimeOffset? DisputeOpenedAt = null,
    DateTimeOffset? RepresentedSince = null,
    IReadOnlySet<ContactMethod>? OptedOut = null,
    IReadOnlyList<TimeWindow>? Inconvenient = null,
    IReadOnlyList<TimeWindow>? Consented = null,
    IReadOnlySet<Guid>? RefusedThirdParties = null)
{
    public static readonly BorrowerChoices None = new();
}
