using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.DemoData;
using BackOffice.Host.PartnerApi;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Seed;

public static class StartupTasks
{
    /// <summary>Migrates every module's tables, creates the staff roles and the first administrator, and in Development lays the demo data.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await DatabaseMigrator.MigrateAllAsync(app.Services);
        await using var scope = app.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        await seeder.EnsureRolesAsync();
        await seeder.EnsureBootstrapAdminAsync(app.Configuration.GetSection(BootstrapAdminOptions.SectionName).Get<BootstrapAdminOptions>() ?? new());
        var gateway = app.Configuration.GetSection(PaymentGatewayOptions.SectionName).Get<PaymentGatewayOptions>() ?? new();
        await scope.ServiceProvider.GetRequiredService<PaymentGatewayClients>().EnsureAsync(gateway, "start-up", CancellationToken.None);
        if (app.Environment.IsDevelopment() && scope.ServiceProvider.GetRequiredService<IOptions<DemoSeedOptions>>().Value.Enabled)
        {
            await seeder.SeedAsync(CancellationToken.None);
        }
    }
}
