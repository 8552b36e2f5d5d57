using BackOffice.BuildingBlocks.Outbox;
using Mediator;

namespace BackOffice.Training.Contracts;

/// <summary>The ways a collector may contact a borrower; each needs its own current certification.</summary>
public enum ContactChannel
{
    PhoneAndSms,
    Letters,
    FieldVisit,
    HardshipCare,
}

/// <summary>
/// "May this collector contact borrowers through this channel at this moment?" — asked before every assignment and contact.
/// </summary>
public sealed record IsCollectorCertifiedQuery(string CollectorId, ContactChannel Channel, DateTimeOffset At) : IQuery<bool>;

/// <summary>
/// Granted or renewed by passing <see cref="CourseCode"/>; Compliance keeps each in the audit trail, Collections will use
/// them for assignment.
/// </summary>
public sealed record CertificationGrantedIntegrationEvent(
    Guid CertificationId, string CollectorId, ContactChannel Channel, DateTimeOffset ExpiresAt, string CourseCode, int CourseVersion)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("collector", CollectorId);
}

public sealed record CertificationExpiredIntegrationEvent(Guid CertificationId, string CollectorId, ContactChannel Channel) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("collector", CollectorId);
}

public sealed record CertificationSuspendedIntegrationEvent(
    Guid CertificationId, string CollectorId, ContactChannel Channel, string Reason, string By) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("collector", CollectorId);
}

public sealed record CertificationReinstatedIntegrationEvent(Guid CertificationId, string CollectorId, ContactChannel Channel, string By)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("collector", CollectorId);
}

/// <summary>Training coverage for a period, for the regulator report: Training answers for its own numbers.</summary>
public sealed record CoverageFiguresQuery(DateTimeOffset From, DateTimeOffset To) : IQuery<CoverageFigures>;

/// <summary>
/// Active collectors; how many hold a current certification per channel at the end of the period; expiries, suspensions
/// and remedial courses completed in it.
/// </summary>
public sealed record CoverageFigures(
    int ActiveCollectors, IReadOnlyDictionary<string, int> CertifiedByChannel, int Expired, int Suspended, int RemedialCompleted);
