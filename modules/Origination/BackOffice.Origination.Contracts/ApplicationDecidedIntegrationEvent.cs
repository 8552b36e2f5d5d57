using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Origination.Contracts;

/// <summary>A decision on an application, automated or an underwriter's; Compliance keeps it in the audit trail.</summary>
public sealed record ApplicationDecidedIntegrationEvent(
    Guid ApplicationId, Guid DealerId, Decision Outcome, string DecidedBy, string PolicyVersion, IReadOnlyList<string> ReasonCodes)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("application", ApplicationId);
}
