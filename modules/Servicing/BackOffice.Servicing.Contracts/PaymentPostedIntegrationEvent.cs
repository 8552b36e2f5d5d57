using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Servicing.Contracts;

/// <summary>A payment was allocated to the loan (amounts in the loan's currency).</summary>
public sealed record PaymentPostedIntegrationEvent(
    Guid LoanId, string LoanNumber, Guid PaymentId, string ExternalReference, decimal Amount, DateOnly ValueDate,
    PaymentChannel Channel, string PostedBy)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}
