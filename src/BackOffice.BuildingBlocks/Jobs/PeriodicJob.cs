using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackOffice.BuildingBlocks.Jobs;

/// <summary>
/// The one shape of every background job: a pass at start-up, then one each <see cref="Interval"/> on the
/// business clock. A pass that fails (a locked or unreachable database, a bug in one record) is logged and the
/// next pass tries again, so background work never stops the host; only shutdown ends the loop.
/// </summary>
public abstract class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected abstract TimeSpan Interval { get; }

    /// <summary>Off by configuration (tests that drive the work themselves).</summary>
    protected virtual bool Enabled => true;

    /// <summary>One pass of the job's work.</summary>
    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    /// <summary>Waits for the next pass; a job that can be asked for work sooner overrides it.</summary>
    protected virtual async Task<bool> WaitForNextPassAsync(PeriodicTimer timer, CancellationToken cancellationToken) =>
        await timer.WaitForNextTickAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, clock);
        try
        {
            do
            {
                await PassAsync(stoppingToken);
            }
            while (await WaitForNextPassAsync(timer, stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task PassAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            logger.LogError(error, "{Job} failed; it runs again at its next pass", GetType().Name);
        }
    }
}
