using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Compliance.Persistence;
using BackOffice.Origination.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>
/// Every underwriting decision goes into the audit trail, the automated ones included. It arrives through
/// Origination's outbox so the dealer's request never waits for the audit. The event id is kept with the
/// entry: should the host die between the entry and the inbox row, a redelivered event is recognisable.
/// </summary>
public sealed class ApplicationDecidedAudit(ComplianceDbContext context, TimeProvider clock, IAuditTrail audit)
    : IntegrationEventHandler<ApplicationDecidedIntegrationEvent, ComplianceDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(ApplicationDecidedIntegrationEvent decided, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(
            AuditActions.ApplicationDecided, decided.DecidedBy, $"application:{decided.ApplicationId}",
            $"{decided.Outcome}; policy {decided.PolicyVersion}; reasons [{string.Join(",", decided.ReasonCodes)}]; event {decided.EventId}"), cancellationToken);
}

/// <summary>Booking a loan is a business decision of record.</summary>
public sealed class LoanBookedAudit(ComplianceDbContext context, TimeProvider clock, IAuditTrail audit)
    : IntegrationEventHandler<LoanBookedIntegrationEvent, ComplianceDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(LoanBookedIntegrationEvent booked, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(
            AuditActions.LoanBooked, $"dealer:{booked.DealerId}", $"loan:{booked.LoanId}",
            $"application {booked.ApplicationId}; {booked.Principal} {booked.Currency} over {booked.TermMonths} months, APR {booked.Apr:P2}; event {booked.EventId}"), cancellationToken);
}
