using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.BuildingBlocks.Auditing;

/// <summary>A module's sensitive action, committed with the change it audits; Compliance appends it to the trail.</summary>
public sealed record AuditRecordedIntegrationEvent(AuditRecord Record) : IntegrationEvent
{
    // The entries about one record join the trail in the order the actions happened.
    public override string OrderingKey => KeyOf("audit", Record.Subject ?? Record.Action);
}
