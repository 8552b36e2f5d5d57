using BackOffice.BuildingBlocks.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>Runs the retention at start-up and then daily; a failed pass is logged and the next day's tries again.</summary>
internal sealed class AuditRetentionWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditRetentionWorker> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var removed = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ApplyAuditRetentionCommand(), cancellationToken);
        if (removed > 0)
        {
            logger.LogInformation("Audit retention removed {Count} entries past the retention period", removed);
        }
    }
}
