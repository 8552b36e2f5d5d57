using BackOffice.BuildingBlocks.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.Collections.Features.BreakDuePromises;

/// <summary>Breaks the promises that fell due, at start-up and then every hour; a failed pass is logged and the next tries again.</summary>
internal sealed class PromiseWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<PromiseWorker> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new BreakDuePromisesCommand(), cancellationToken);
    }
}
