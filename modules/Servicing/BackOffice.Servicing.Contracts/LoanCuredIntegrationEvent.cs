using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Servicing.Contracts;

/// <summary>A delinquent loan is current again: everything due is paid.</summary>
public sealed record LoanCuredIntegrationEvent(Guid LoanId, string LoanNumber, DateOnly BusinessDate, string PreviousBucket) : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}
