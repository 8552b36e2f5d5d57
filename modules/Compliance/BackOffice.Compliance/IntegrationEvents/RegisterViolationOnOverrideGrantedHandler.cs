using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;

namespace BackOffice.Compliance.IntegrationEvents;

internal sealed class RegisterViolationOnOverrideGrantedHandler(ComplianceDbContext context, TimeProvider clock)
    : ViolationIntake<OverrideGrantedIntegrationEvent>(context, clock)
{
    protected override Violation ToViolation(OverrideGrantedIntegrationEvent granted) => new(
        ViolationSource.Override, granted.CollectorId, granted.Rule, granted.LoanReference,
        $"override by {granted.ManagerId}: {granted.Reason}", granted.OccurredAt, granted.AttemptId);
}
