using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>When the lender learnt a borrower was at risk, and why, is what a regulator asks after a complaint.</summary>
internal sealed class AuditOnEarlyWarningRaisedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<EarlyWarningRaisedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(EarlyWarningRaisedIntegrationEvent raised) => new(
        ComplianceAuditActions.EarlyWarningRaised, "close-of-business", $"loan:{raised.LoanNumber}",
        $"score {raised.Score} on {raised.BusinessDate:yyyy-MM-dd}: {string.Join(", ", raised.Reasons)}");
}
