using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Money in is a fact of record: who posted what, through which channel.</summary>
internal sealed class AuditOnPaymentPostedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<PaymentPostedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(PaymentPostedIntegrationEvent posted) => new(
        ComplianceAuditActions.PaymentPosted, posted.PostedBy, $"loan:{posted.LoanNumber}",
        $"payment {posted.ExternalReference}: {posted.Amount} valued {posted.ValueDate:yyyy-MM-dd} via {posted.Channel}");
}
