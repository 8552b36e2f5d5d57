using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>Runs the retention daily.</summary>
internal sealed class AuditRetentionWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditRetentionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromDays(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ApplyAuditRetentionCommand(), stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Audit retention removed {Count} entries past the retention period", removed);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Audit retention failed; it runs again tomorrow");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
