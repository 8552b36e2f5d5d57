using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Every guard refusal, override, language flag and agency breach from Collections lands in the violations register, once.</summary>
public abstract class ViolationIntake<TEvent>(ComplianceDbContext context, TimeProvider clock)
    : IntegrationEventHandler<TEvent, ComplianceDbContext>(context, clock)
    where TEvent : IntegrationEvent
{
    protected override Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken)
    {
        Context.Violations.Add(ToViolation(integrationEvent));
        return Task.CompletedTask;
    }

    protected abstract Violation ToViolation(TEvent integrationEvent);
}

public sealed class ContactBlockedIntake(ComplianceDbContext context, TimeProvider clock) : ViolationIntake<ContactBlockedIntegrationEvent>(context, clock)
{
    protected override Violation ToViolation(ContactBlockedIntegrationEvent blocked) => new(
        ViolationSource.BlockedAttempt, blocked.CollectorId, blocked.Rule, blocked.LoanReference, $"{blocked.Channel} contact refused by the guard", blocked.OccurredAt, blocked.AttemptId);
}

public sealed class OverrideGrantedIntake(ComplianceDbContext context, TimeProvider clock) : ViolationIntake<OverrideGrantedIntegrationEvent>(context, clock)
{
    protected override Violation ToViolation(OverrideGrantedIntegrationEvent granted) => new(
        ViolationSource.Override, granted.CollectorId, granted.Rule, granted.LoanReference, $"override by {granted.ManagerId}: {granted.Reason}", granted.OccurredAt, granted.AttemptId);
}

public sealed class AgencyContactBreachedIntake(ComplianceDbContext context, TimeProvider clock) : ViolationIntake<AgencyContactBreachedIntegrationEvent>(context, clock)
{
    protected override Violation ToViolation(AgencyContactBreachedIntegrationEvent breached) => new(
        ViolationSource.AgencyContact, $"agency:{breached.Agency}", breached.Rule, breached.LoanReference, $"{breached.Agency} {breached.Reference}: {breached.Reason}", breached.OccurredAt, breached.AgencyContactId);
}

public sealed class ConductFlagRaisedIntake(ComplianceDbContext context, TimeProvider clock) : ViolationIntake<ConductFlagRaisedIntegrationEvent>(context, clock)
{
    protected override Violation ToViolation(ConductFlagRaisedIntegrationEvent flagged) => new(
        ViolationSource.LanguageFlag, flagged.CollectorId, flagged.Rule, flagged.LoanReference, flagged.Excerpt, flagged.OccurredAt, flagged.MessageId);
}
