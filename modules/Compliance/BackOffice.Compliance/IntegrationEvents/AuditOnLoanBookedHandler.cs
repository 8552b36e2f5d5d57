using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.AuditTrail;
using BackOffice.Compliance.Persistence;
using BackOffice.Origination.Contracts;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Booking a loan is a business decision of record.</summary>
internal sealed class AuditOnLoanBookedHandler(ComplianceDbContext context, TimeProvider clock, HashChainedAuditTrail trail)
    : AuditedEventHandler<LoanBookedIntegrationEvent>(context, clock, trail)
{
    protected override AuditRecord RecordOf(LoanBookedIntegrationEvent booked) => new(
        ComplianceAuditActions.LoanBooked, $"dealer:{booked.DealerId}", $"loan:{booked.LoanId}",
        $"application {booked.ApplicationId}; {booked.Principal} {booked.Currency} over {booked.TermMonths} months, APR {booked.Apr:P2}");
}
