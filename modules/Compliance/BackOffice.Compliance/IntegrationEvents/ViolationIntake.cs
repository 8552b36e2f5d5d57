using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Every guard refusal, override and language flag from Collections lands in the violations register.</summary>
public sealed class ContactBlockedIntake(ComplianceDbContext context, TimeProvider clock)
    : IntegrationEventHandler<ContactBlockedIntegrationEvent, ComplianceDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(ContactBlockedIntegrationEvent blocked, CancellationToken cancellationToken)
    {
        Context.Violations.Add(new Violation(ViolationSource.BlockedAttempt, blocked.CollectorId, blocked.Rule, blocked.LoanReference,
            $"{blocked.Channel} contact refused by the guard", blocked.OccurredAt, blocked.AttemptId));
        return Task.CompletedTask;
    }
}

public sealed class OverrideGrantedIntake(ComplianceDbContext context, TimeProvider clock)
    : IntegrationEventHandler<OverrideGrantedIntegrationEvent, ComplianceDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(OverrideGrantedIntegrationEvent granted, CancellationToken cancellationToken)
    {
        Context.Violations.Add(new Violation(ViolationSource.Override, granted.CollectorId, granted.Rule, granted.LoanReference,
            $"override by {granted.ManagerId}: {granted.Reason}", granted.OccurredAt, granted.AttemptId));
        return Task.CompletedTask;
    }
}

public sealed class LanguageFlaggedIntake(ComplianceDbContext context, TimeProvider clock)
    : IntegrationEventHandler<LanguageFlaggedIntegrationEvent, ComplianceDbContext>(context, clock)
{
    protected override Task HandleOnceAsync(LanguageFlaggedIntegrationEvent flagged, CancellationToken cancellationToken)
    {
        Context.Violations.Add(new Violation(ViolationSource.LanguageFlag, flagged.CollectorId, flagged.Rule, flagged.LoanReference,
            flagged.Excerpt, flagged.OccurredAt, flagged.MessageId));
        return Task.CompletedTask;
    }
}
