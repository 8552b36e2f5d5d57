using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>
/// Degraded while any module's outbox holds a dead letter: the host still serves, but some facts have not reached
/// the modules that need them, and the later events of those aggregates wait until an operator acts.
/// </summary>
public sealed class DeadLetterHealthCheck(DeadLetterDesk desk) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var counts = await desk.CountsAsync(cancellationToken);
        if (counts.Count == 0)
        {
            return HealthCheckResult.Healthy("No dead letters.");
        }

        var summary = string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));
        return new HealthCheckResult(
            context.Registration.FailureStatus,
            $"Dead letters wait for an operator: {summary}.",
            data: counts.ToDictionary(c => c.Key, c => (object)c.Value));
    }
}
