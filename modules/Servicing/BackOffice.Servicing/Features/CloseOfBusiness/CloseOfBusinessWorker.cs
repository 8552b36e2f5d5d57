using BackOffice.BuildingBlocks.Jobs;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// The close of business in the background. Each pass resumes a run a crash interrupted (found "Running" with no
/// live host behind it), whether or not the daily schedule is on; then runs what operators asked for, in order;
/// then closes yesterday's business date once the configured time has passed. A pass comes at start-up, every
/// minute, at once when an operator asks, and — while another host holds the lease — at the moment that lease can
/// be taken over, so a run whose host died resumes within the takeover time.
/// </summary>
internal sealed partial class CloseOfBusinessWorker(
    IServiceScopeFactory scopes,
    CloseOfBusinessQueue queue,
    BusinessCalendar calendar,
    IOptions<CloseOfBusinessOptions> options,
    TimeProvider clock,
    ILogger<CloseOfBusinessWorker> logger) : PeriodicJob(clock, logger)
{
    public const string Scheduler = "schedule";

    // Operators' requests wait here until a pass runs them; one the lease kept back stays for the next pass.
    private readonly Queue<CloseOfBusinessRequest> pending = new();

    // The base class keeps the clock for its timer; this one waits for the lease on the same clock.
    private readonly TimeProvider time = clock;

    // When another host holds the lease: the instant it can be taken over, when the next pass comes.
    private DateTimeOffset? retryAt;

    // A pending wait is kept to the next call: the timer allows one waiter at a time, and a request that woke the
    // job must not leave the tick behind it unobserved.
    private Task<bool>? tick;
    private Task<bool>? asked;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        retryAt = null;
        while (queue.Reader.TryRead(out var request))
        {
            pending.Enqueue(request);
        }

        if (!await ResumeInterruptedAsync(cancellationToken))
        {
            await WaitForLeaseAsync(cancellationToken);
            return;
        }

        while (pending.TryPeek(out var request))
        {
            if (!await RunThroughAsync(request.Through, request.By, cancellationToken))
            {
                await WaitForLeaseAsync(cancellationToken);
                return;
            }

            pending.Dequeue();
        }

        if (options.Value.Scheduled && calendar.DateToCloseNow() is var due && await IsBehindAsync(due, cancellationToken)
            && !await RunThroughAsync(due, Scheduler, cancellationToken))
        {
            await WaitForLeaseAsync(cancellationToken);
        }
    }

    /// <summary>The next tick, an operator's request, or the moment the lease can be taken over, whichever comes first.</summary>
    protected override async Task<bool> WaitForNextPassAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        tick ??= timer.WaitForNextTickAsync(cancellationToken).AsTask();
        asked ??= queue.Reader.WaitToReadAsync(cancellationToken).AsTask();
        var takeover = retryAt is { } at ? Task.Delay(TimeSpan.FromTicks(Math.Max(0, (at - time.GetUtcNow()).Ticks)), time, cancellationToken) : null;
        var first = await Task.WhenAny(takeover is null ? [tick, asked] : [tick, asked, takeover]);
        if (first == tick)
        {
            var ticking = await tick;
            tick = null;
            return ticking;
        }

        if (first == asked)
        {
            var open = await asked;
            asked = null;
            return open;
        }

        return !cancellationToken.IsCancellationRequested;
    }

    /// <summary>Resumes every run found "Running" in date order; false when another host holds the lease.</summary>
    private async Task<bool> ResumeInterruptedAsync(CancellationToken cancellationToken)
    {
        List<DateOnly> interrupted;
        await using (var scope = scopes.CreateAsyncScope())
        {
            interrupted = await scope.ServiceProvider.GetRequiredService<ServicingDbContext>().CloseOfBusinessRuns
                .Where(r => r.Status == RunStatus.Running)
                .OrderBy(r => r.BusinessDate).Select(r => r.BusinessDate)
                .ToListAsync(cancellationToken);
        }

        foreach (var date in interrupted)
        {
            if (!await RunThroughAsync(date, Scheduler, cancellationToken))
            {
                return false;
            }
        }

        return true;
    }

    private async Task WaitForLeaseAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var lease = await scope.ServiceProvider.GetRequiredService<CloseOfBusinessLease>().ReadAsync(cancellationToken);
        retryAt = lease.IsFree ? time.GetUtcNow() : lease.TakeoverAt(options.Value.LeaseTakeoverAfter);
        LogWaitingForLease(lease.HolderName, lease.HeartbeatAt, retryAt.Value);
    }

    private async Task<bool> IsBehindAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var last = await scope.ServiceProvider.GetRequiredService<CloseOfBusinessRunner>().LastClosedDateAsync(cancellationToken);
        return last is null || last < date;
    }

    /// <summary>False when the run did not start here because another host holds the lease.</summary>
    private async Task<bool> RunThroughAsync(DateOnly date, string by, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CloseOfBusinessRunner>().RunThroughAsync(date, by, cancellationToken)).Count > 0;
    }

    [LoggerMessage(LogLevel.Information,
        "Close of business waits for the lease held by {Holder} (last heartbeat {Heartbeat:O}); trying again at {RetryAt:O}")]
    private partial void LogWaitingForLease(string holder, DateTimeOffset heartbeat, DateTimeOffset retryAt);
}
