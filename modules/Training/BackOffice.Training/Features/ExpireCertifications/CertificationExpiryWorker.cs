using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackOffice.Training.Features.ExpireCertifications;

/// <summary>
/// Runs the expiry of certifications at start-up and then every hour, so a lapse takes the collector off
/// contact within the hour of the moment it is due (the query other modules ask checks the moment itself).
/// </summary>
internal sealed class CertificationExpiryWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<CertificationExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var expired = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireCertificationsCommand(), stoppingToken);
                if (expired > 0)
                {
                    logger.LogInformation("{Count} certifications expired", expired);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Certification expiry run failed; it runs again within the hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
