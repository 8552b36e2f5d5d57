using BackOffice.BuildingBlocks.Jobs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.BuildingBlocks.Outbox;

public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Off only in tests that drive the dispatcher themselves.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollingInterval { get; set; } = TimeSpan.FromSeconds(2);
}

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
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One module's outbox failing must not hold back the others'.
                logger.LogError(error, "Outbox pass failed; it will be retried");
            }
        }

        return delivered;
    }
}
