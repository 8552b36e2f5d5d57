using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Servicing.Contracts;

/// <summary>A current loan scored at or above the early-warning threshold; the care team should call before it is late.</summary>
public sealed record EarlyWarningRaisedIntegrationEvent(Guid LoanId, string LoanNumber, DateOnly BusinessDate, int Score,
    IReadOnlyList<string> Reasons)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}
