using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.BuildingBlocks.Auditing;

/// <summary>A module's sensitive action, committed with the change it audits; Compliance appends it to the trail.</summary>
public sealed record AuditRecordedIntegrationEvent(AuditRecord Record) : IntegrationEvent;
