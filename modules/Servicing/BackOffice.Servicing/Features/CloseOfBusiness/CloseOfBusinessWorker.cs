using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.CloseOfBusiness;

/// <summary>
/// Resumes a run a crash interrupted, closes yesterday's business date every day after the configured time,
/// and runs what operators ask for. Runs execute one after another.
/// </summary>
internal sealed partial class CloseOfBusinessWorker(
    IServiceScopeFactory scopes,
    CloseOfBusinessQueue queue,
    BusinessCalendar calendar,
    IOptions<CloseOfBusinessOptions> options,
    TimeProvider clock,
    ILogger<CloseOfBusinessWorker> logger) : BackgroundService
{
    public const string Scheduler = "schedule";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ResumeInterruptedAsync(stoppingToken);
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), clock);
            var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            var request = queue.Reader.ReadAsync(stoppingToken).AsTask();
            while (!stoppingToken.IsCancellationRequested)
            {
                if (await Task.WhenAny(tick, request) == request)
                {
                    var asked = await request;
                    await RunThroughAsync(asked.Through, asked.By, stoppingToken);
                    request = queue.Reader.ReadAsync(stoppingToken).AsTask();
                }
                else
                {
                    await tick;
                    if (options.Value.Scheduled && calendar.DateToCloseNow() is var due && await IsBehindAsync(due, stoppingToken))
                    {
                        await RunThroughAsync(due, Scheduler, stoppingToken);
                    }

                    tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ResumeInterruptedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
        var interrupted = await db.CloseOfBusinessRuns.Where(r => r.Status == RunStatus.Running).OrderBy(r => r.BusinessDate).Select(r => r.BusinessDate).ToListAsync(cancellationToken);
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
