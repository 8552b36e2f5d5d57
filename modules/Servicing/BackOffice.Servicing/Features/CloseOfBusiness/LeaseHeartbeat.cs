using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// Renews the lease on a timer while a run goes on, besides the renewal every batch commits, so a long batch or a
/// slow count never makes a live holder look stopped. A heartbeat that fails is logged; the next one tries again.
/// </summary>
internal sealed partial class LeaseHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PeriodicTimer timer;
    private readonly Task beating;

    // The timer counts from the start, not from whenever the beating task first runs.
    private LeaseHeartbeat(IServiceScopeFactory scopes, TimeSpan every, TimeProvider clock, ILogger logger)
    {
        timer = new PeriodicTimer(every, clock);
        beating = Task.Run(() => BeatAsync(scopes, logger));
    }

    /// <summary>Starts beating every <paramref name="every"/> on <paramref name="clock"/>, each beat in a scope of its own.</summary>
    public static LeaseHeartbeat Start(IServiceScopeFactory scopes, TimeSpan every, TimeProvider clock, ILogger logger) =>
        new(scopes, every, clock, logger);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await beating;
        timer.Dispose();
        stop.Dispose();
    }

    private async Task BeatAsync(IServiceScopeFactory scopes, ILogger logger)
    {
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (!await scope.ServiceProvider.GetRequiredService<CloseOfBusinessLease>().RenewAsync(stop.Token))
                    {
                        // Lost: the run's next batch finds it out too and stops; beating on would change nothing.
                        return;
                    }
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    LogHeartbeatFailed(logger, failure);
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(LogLevel.Warning, "Close-of-business lease heartbeat failed; the next one tries again")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception failure);
}
