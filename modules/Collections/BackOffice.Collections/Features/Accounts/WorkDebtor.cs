using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>The borrower on the work page: name, time zone, the choices that bind collectors, and the valid contact points.</summary>
internal sealed record WorkDebtor(
    string Name,
    string TimeZone,
    DateTimeOffset? CeaseRequestedAt,
    DateTimeOffset? DisputeOpenedAt,
    DateTimeOffset? RepresentedSince,
    IReadOnlyList<TimeWindow> Inconvenient,
    IReadOnlyList<TimeWindow> Consented,
    DateTimeOffset? FirstCommunicationAt,
    DateTimeOffset? ValidationNoticeSentAt,
    IReadOnlyList<WorkContactPoint> Contacts,
    DateTimeOffset? ElectronicDeliveryConsentAt = null);
