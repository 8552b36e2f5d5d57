using BackOffice.Collections.Features.BreakDuePromises;
using BackOffice.Training.Features.ExpireCertifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Testing;

/// <summary>
/// The host on a clock the test moves (1 December 2026, 10:00 in Shanghai to start). The hourly jobs whose timers
/// the jumps would fire (certification expiry, broken promises) are left out; the tests run what they need.
/// </summary>
public sealed class BusinessClockFactory(IReadOnlyDictionary<string, string?>? settings = null) : BackOfficeFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero));

    /// <summary>Configuration the test sets (a policy pack, a limit), on top of the tests' defaults.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings => settings ?? base.Settings;

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.Remove(services.Single(d => d.ImplementationType == typeof(CertificationExpiryWorker)));
        services.Remove(services.Single(d => d.ImplementationType == typeof(PromiseWorker)));
    }
}
