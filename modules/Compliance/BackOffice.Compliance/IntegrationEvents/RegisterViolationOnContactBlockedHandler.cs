using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;

namespace BackOffice.Compliance.IntegrationEvents;

internal sealed class RegisterViolationOnContactBlockedHandler(ComplianceDbContext context, TimeProvider clock)
    : ViolationIntake<ContactBlockedIntegrationEvent>(context, clock)
{
    protected override Violation ToViolation(ContactBlockedIntegrationEvent blocked) => new(
        ViolationSource.BlockedAttempt, blocked.CollectorId, blocked.Rule, blocked.LoanReference,
        $"{blocked.Channel} contact refused by the guard", blocked.OccurredAt, blocked.AttemptId);
}
