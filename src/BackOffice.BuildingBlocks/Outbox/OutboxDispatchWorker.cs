using BackOffice.BuildingBlocks.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>Polls every module's outbox in the background.</summary>
public sealed class OutboxDispatchWorker(
    IEnumerable<IOutboxDispatcher> dispatchers,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatchWorker> logger) : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => options.Value.PollingInterval;

    protected override bool Enabled => options.Value.Enabled;

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        // Drain what is waiting before sleeping again: a busy outbox must not be read 50 events a tick.
        while (await PassAsync(cancellationToken) > 0)
        {
        }
    }

    private async Task<int> PassAsync(CancellationToken stoppingToken)
    {
        var delivered = 0;
        foreach (var dispatcher in dispatchers)
        {
            try
            {
                delivered += await dispatcher.DispatchPendingAsync(stoppingToken);
            }
            catch (Exception error) when (!stoppingToken.IsCancellationRequested)
            {
                // One module's outbox failing must not hold back the others'.
                logger.LogError(error, "Outbox pass failed; it will be retried");
            }
        }

        return delivered;
    }
}
