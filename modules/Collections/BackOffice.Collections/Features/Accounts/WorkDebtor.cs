using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>The borrower on the work page: name, time zone, the choices that bind collectors, the valid contact points,
/// and every choice the borrower made with how it ended (acts name staff by display name).</summary>
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
    IReadOnlyList<WorkChoice> Choices,
    DateTimeOffset? ElectronicDeliveryConsentAt = null);
