using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Origination.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>
/// Base of handlers that turn another module's fact into an audit entry. The entry and the inbox row commit
/// together, so each event is in the trail exactly once however often the outbox delivers it.
/// </summary>
public abstract class AuditedEventHandler<TEvent>(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : IntegrationEventHandler<TEvent, ComplianceDbContext>(context, clock)
    where TEvent : IntegrationEvent
{
    protected override Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;

    protected override Task CommitAsync(TEvent integrationEvent, CancellationToken cancellationToken) =>
        trail.AppendAsync(Context, RecordOf(integrationEvent), cancellationToken);

    protected abstract AuditRecord RecordOf(TEvent integrationEvent);
}

/// <summary>Every underwriting decision goes into the audit trail, the automated ones included.</summary>
public sealed class ApplicationDecidedAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<ApplicationDecidedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(ApplicationDecidedIntegrationEvent decided) => new(
        AuditActions.ApplicationDecided, decided.DecidedBy, $"application:{decided.ApplicationId}",
        $"{decided.Outcome}; policy {decided.PolicyVersion}; reasons [{string.Join(",", decided.ReasonCodes)}]");
}

/// <summary>Booking a loan is a business decision of record.</summary>
public sealed class LoanBookedAudit(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<LoanBookedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(LoanBookedIntegrationEvent booked) => new(
        AuditActions.LoanBooked, $"dealer:{booked.DealerId}", $"loan:{booked.LoanId}",
        $"application {booked.ApplicationId}; {booked.Principal} {booked.Currency} over {booked.TermMonths} months, APR {booked.Apr:P2}");
}
