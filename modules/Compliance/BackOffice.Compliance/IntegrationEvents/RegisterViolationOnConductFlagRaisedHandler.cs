using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;

namespace BackOffice.Compliance.IntegrationEvents;

internal sealed class RegisterViolationOnConductFlagRaisedHandler(ComplianceDbContext context, TimeProvider clock)
    : ViolationIntake<ConductFlagRaisedIntegrationEvent>(context, clock)
{
    protected override Violation ToViolation(ConductFlagRaisedIntegrationEvent flagged) => new(
        ViolationSource.LanguageFlag, flagged.CollectorId, flagged.Rule, flagged.LoanReference,
        flagged.Excerpt, flagged.OccurredAt, flagged.MessageId);
}
