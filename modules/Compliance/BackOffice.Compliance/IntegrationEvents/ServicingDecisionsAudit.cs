using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Servicing.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Money in is a fact of record: who posted what, through which channel.</summary>
public sealed class PaymentPostedAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<PaymentPostedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(PaymentPostedIntegrationEvent posted) => new(
        AuditActions.PaymentPosted, posted.PostedBy, $"loan:{posted.LoanNumber}",
        $"payment {posted.ExternalReference}: {posted.Amount} valued {posted.ValueDate:yyyy-MM-dd} via {posted.Channel}");
}

/// <summary>A reversal takes money back off a loan; it is always on record with its reason.</summary>
public sealed class PaymentReversedAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<PaymentReversedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(PaymentReversedIntegrationEvent reversed) => new(
        AuditActions.PaymentReversed, reversed.ReversedBy, $"loan:{reversed.LoanNumber}",
        $"payment {reversed.ExternalReference}: {reversed.Amount} reversed ({reversed.Reason})");
}

/// <summary>A restructure is reported to the regulator; its approval is on record.</summary>
public sealed class RepaymentPlanActivatedAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<RepaymentPlanActivatedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(RepaymentPlanActivatedIntegrationEvent activated) => new(
        AuditActions.RepaymentPlanActivated, activated.ApprovedBy, $"loan:{activated.LoanNumber}", $"{activated.Kind} plan {activated.PlanId} in force");
}

public sealed class RepaymentPlanBrokenAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<RepaymentPlanBrokenIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(RepaymentPlanBrokenIntegrationEvent broken) => new(
        AuditActions.RepaymentPlanBroken, "close-of-business", $"loan:{broken.LoanNumber}",
        $"plan {broken.PlanId} broken on {broken.BusinessDate:yyyy-MM-dd} at {broken.DaysPastDue} days past due");
}

/// <summary>When the lender learnt a borrower was at risk, and why, is what a regulator asks after a complaint.</summary>
public sealed class EarlyWarningRaisedAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<EarlyWarningRaisedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(EarlyWarningRaisedIntegrationEvent raised) => new(
        AuditActions.EarlyWarningRaised, "close-of-business", $"loan:{raised.LoanNumber}",
        $"score {raised.Score} on {raised.BusinessDate:yyyy-MM-dd}: {string.Join(", ", raised.Reasons)}");
}
