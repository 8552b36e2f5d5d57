using BackOffice.BuildingBlocks.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.Training.Features.ExpireCertifications;

/// <summary>
/// Runs the expiry of certifications at start-up and then every hour, so a lapse takes the collector off
/// contact within the hour of the moment it is due (the query other modules ask checks the moment itself).
/// </summary>
internal sealed class CertificationExpiryWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CertificationExpiryWorker> logger)
    : PeriodicJob(clock, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromHours(1);

    protected override async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var expired = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireCertificationsCommand(), cancellationToken);
        if (expired > 0)
        {
            logger.LogInformation("{Count} certifications expired", expired);
        }
    }
}
