using BackOffice.BuildingBlocks.Messaging;
using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Host.Health;
using BackOffice.BuildingBlocks.DemoData;
using BackOffice.Host.Seed;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace BackOffice.Host.Shell;

/// <summary>The cross-cutting pieces Program.cs names one line each.</summary>
public static class HostComposition
{
    public static IHostApplicationBuilder AddBuildingBlocks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddOptions<BackOffice.BuildingBlocks.PolicyPackOptions>().Bind(builder.Configuration);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiProblemExceptionHandler>();
        builder.Services.AddExceptionHandler<StorageFaultPage>();
        builder.Services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.SectionName)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidation>();
        builder.Services.AddHostedService<OutboxDispatchWorker>();
        builder.Services.AddScoped<DeadLetterDesk>();

        // Jobs catch their own failures (PeriodicJob); one that still escapes is a defect, and a host that stops
        // is seen and restarted by its supervisor, where one that carries on would run without that job unnoticed.
        builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.StopHost);
        return builder;
    }

    public static IHostApplicationBuilder AddMessaging(this IHostApplicationBuilder builder)
    {
        // Scoped, because handlers use their module's DbContext. Order: log, validate, then commit.
        builder.Services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors =
            [
                typeof(LoggingBehavior<,>),
                typeof(ValidationBehavior<,>),
                typeof(UnitOfWorkBehavior<,>),
            ];
        });
        return builder;
    }

    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        // Ready only while a write would be saved (an unwritable or missing database answers 503 here first);
        // Degraded while a dead letter waits.
        builder.Services.AddHealthChecks()
            .AddCheck<StorageWriteProbe>("database", tags: ["ready"])
            .AddCheck<DeadLetterHealthCheck>("outbox-dead-letters", HealthStatus.Degraded, tags: ["ready"]);
        return builder;
    }

    public static IHostApplicationBuilder AddDemoSeed(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<DemoSeedOptions>(builder.Configuration.GetSection(DemoSeedOptions.SectionName));
        builder.Services.AddScoped<DemoSeeder>();
        return builder;
    }

    /// <summary>API errors, including the empty 401/403/404 of authentication and routing, answer as problem+json.</summary>
    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.UseExceptionHandler("/Home/Error");
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api => api.UseStatusCodePages());
        return app;
    }

    public static WebApplication MapStaffShell(this WebApplication app)
    {
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        return app;
    }

    public static WebApplication MapPartnerApiReference(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference");
        return app;
    }

    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
