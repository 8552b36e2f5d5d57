using BackOffice.BuildingBlocks.Jobs;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// The close of business in the background. Each pass resumes, on the first pass, a run a crash interrupted; then
/// runs what operators asked for, in order; then closes yesterday's business date once the configured time has
/// passed. A pass comes every minute, and at once when an operator asks; runs execute one after another.
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

    private bool resumed;

    // A pending wait is kept to the next call: the timer allows one waiter at a time, and a request that woke the
    // job must not leave the tick behind it unobserved.
    private Task<bool>? tick;
    private Task<bool>? asked;

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (!resumed)
        {
            await ResumeInterruptedAsync(cancellationToken);
            resumed = true;
        }

        while (queue.Reader.TryRead(out var request))
        {
            await RunThroughAsync(request.Through, request.By, cancellationToken);
        }

        if (options.Value.Scheduled && calendar.DateToCloseNow() is var due && await IsBehindAsync(due, cancellationToken))
        {
            await RunThroughAsync(due, Scheduler, cancellationToken);
        }
    }

    /// <summary>The next tick, or an operator's request, whichever comes first.</summary>
    protected override async Task<bool> WaitForNextPassAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        tick ??= timer.WaitForNextTickAsync(cancellationToken).AsTask();
        asked ??= queue.Reader.WaitToReadAsync(cancellationToken).AsTask();
        if (await Task.WhenAny(tick, asked) == tick)
        {
            var ticking = await tick;
            tick = null;
            return ticking;
        }

        var open = await asked;
        asked = null;
        return open;
    }

    private async Task ResumeInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
        var interrupted = await db.CloseOfBusinessRuns.Where(r => r.Status == RunStatus.Running)
            .OrderBy(r => r.BusinessDate).Select(r => r.BusinessDate)
            .ToListAsync(cancellationToken);
        foreach (var date in interrupted)
        {
            LogResuming(date);
            await RunThroughAsync(date, Scheduler, cancellationToken);
        }
    }

    private async Task<bool> IsBehindAsync(DateOnly date, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var last = await scope.ServiceProvider.GetRequiredService<CloseOfBusinessRunner>().LastClosedDateAsync(cancellationToken);
        return last is null || last < date;
    }

    private async Task RunThroughAsync(DateOnly date, string by, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CloseOfBusinessRunner>().RunThroughAsync(date, by, cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Close of business {Date} was interrupted; resuming it")]
    private partial void LogResuming(DateOnly date);
}
