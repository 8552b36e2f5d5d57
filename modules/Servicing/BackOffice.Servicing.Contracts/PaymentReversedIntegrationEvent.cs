using BackOffice.BuildingBlocks.Outbox;

namespace BackOffice.Servicing.Contracts;

/// <summary>A payment came back (returned by the bank, or posted in error); what followed it was re-applied.</summary>
public sealed record PaymentReversedIntegrationEvent(
    Guid LoanId, string LoanNumber, Guid PaymentId, string ExternalReference, decimal Amount, string Reason, string ReversedBy)
    : IntegrationEvent
{
    public override string OrderingKey => KeyOf("loan", LoanId);
}
