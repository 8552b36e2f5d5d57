using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;

namespace BackOffice.Compliance.IntegrationEvents;

internal sealed class RegisterViolationOnAgencyContactBreachedHandler(ComplianceDbContext context, TimeProvider clock)
    : ViolationIntake<AgencyContactBreachedIntegrationEvent>(context, clock)
{
    protected override Violation ToViolation(AgencyContactBreachedIntegrationEvent breached) => new(
        ViolationSource.AgencyContact, $"agency:{breached.Agency}", breached.Rule, breached.LoanReference,
        $"{breached.Agency} {breached.Reference}: {breached.Reason}", breached.OccurredAt, breached.AgencyContactId);
}
