using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Persistence;

namespace BackOffice.Compliance.IntegrationEvents;

/// <summary>Every guard refusal, override, language flag and agency breach from Collections lands in the violations register, once.</summary>
internal abstract class ViolationIntake<TEvent>(ComplianceDbContext context, TimeProvider clock)
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
