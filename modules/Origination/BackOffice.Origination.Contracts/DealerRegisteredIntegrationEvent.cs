using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Origination.Contracts;

/// <summary>A dealer may now send applications; other modules keep what they need of it.</summary>
public sealed record DealerRegisteredIntegrationEvent(Guid DealerId, string Name, string Code) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("dealer", DealerId);
}
