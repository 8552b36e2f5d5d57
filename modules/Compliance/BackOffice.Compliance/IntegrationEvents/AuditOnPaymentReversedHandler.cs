using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>A reversal takes money back off a loan; it is always on record with its reason.</summary>
internal sealed class AuditOnPaymentReversedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<PaymentReversedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(PaymentReversedIntegrationEvent reversed) => new(
        ComplianceAuditActions.PaymentReversed, reversed.ReversedBy, $"loan:{reversed.LoanNumber}",
        $"payment {reversed.ExternalReference}: {reversed.Amount} reversed ({reversed.Reason})");
}
