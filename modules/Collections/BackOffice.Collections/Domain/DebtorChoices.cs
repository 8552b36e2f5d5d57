using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>
/// The borrower's choices as stored; <see cref="ToGuard"/> gives what the guard reads. US: the consent to receive required
/// disclosures electronically (E-SIGN, Reg F §1006.42(c)) is kept with its date; only the validation notice by SMS reads it.
/// </summary>
internal sealed record DebtorChoices(
    DateTimeOffset? CeaseRequestedAt = null,
    DateTimeOffset? DisputeOpenedAt = null,
    DateTimeOffset? RepresentedSince = null,
    IReadOnlyList<ContactMethod>? OptedOut = null,
    IReadOnlyList<TimeWindow>? Inconvenient = null,
    IReadOnlyList<TimeWindow>? Consented = null,
    IReadOnlyList<Guid>? RefusedThirdParties = null,
    DateTimeOffset? ElectronicDeliveryConsentAt = null)
{
    public BorrowerChoices ToGuard() => new(
        CeaseRequestedAt, DisputeOpenedAt, RepresentedSince,
        OptedOut?.ToHashSet(), Inconvenient, Consented, RefusedThirdParties?.ToHashSet());
}
