using BackOffice.BuildingBlocks.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.Compliance.Features.AuditTrail;

/// <summary>
/// Takes the day's checkpoint at start-up and then daily. The checkpoint is also written to the log, so a copy of the
/// chain's head lives outside the database as well.
/// </summary>
internal sealed class AuditCheckpointWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<AuditCheckpointWorker> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromDays(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new TakeAuditCheckpointCommand(), cancellationToken) is { } taken)
        {
            logger.LogInformation("Audit checkpoint of {Day:yyyy-MM-dd}: sequence {Sequence} hash {Hash}", taken.Day, taken.Sequence, taken.Hash);
        }
    }
}
