using System.Net;
using BackOffice.Host.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests;

public sealed class HostBasicsTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Health_live_and_ready_answer_and_the_sqlite_file_is_in_the_data_folder()
    {
        var http = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready", TestContext.Current.CancellationToken)).StatusCode);
        Assert.True(File.Exists(Path.Combine(factory.DataFolder, "backoffice.db")));
    }

    [Fact]
    public async Task Data_protection_keys_live_in_the_database_so_hosts_can_share_sign_ins()
    {
        await StaffClient.For(factory).SignInAsync(DemoStaff.Admin);

        await using var scope = factory.Services.CreateAsyncScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AccessDbContext>().DataProtectionKeys
            .CountAsync(TestContext.Current.CancellationToken);
        Assert.True(keys > 0);
    }

    [Fact]
    public async Task The_demo_seed_can_run_again_without_adding_anything()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var access = scope.ServiceProvider.GetRequiredService<AccessDbContext>();
        var before = (
            await access.Users.CountAsync(TestContext.Current.CancellationToken),
            await access.DealerApiClients.CountAsync(TestContext.Current.CancellationToken));

        await scope.ServiceProvider.GetRequiredService<Seed.DemoSeeder>().SeedAsync(TestContext.Current.CancellationToken);

        Assert.Equal(before, (
            await access.Users.CountAsync(TestContext.Current.CancellationToken),
            await access.DealerApiClients.CountAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(DemoStaff.All.Length, before.Item1);
    }
}

/// <summary>A real installation has no demo seed: its first administrator comes from configuration, once.</summary>
public sealed class BootstrapAdminTests(BootstrapAdminTests.Factory factory) : IClassFixture<BootstrapAdminTests.Factory>
{
    public sealed class Factory : BackOfficeFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["DemoSeed:Enabled"] = "false",
            ["Bootstrap:AdminEmail"] = "first.admin@lender.example",
            ["Bootstrap:AdminPassword"] = "First-Admin-Passw0rd!",
        };
    }

    [Fact]
    public async Task Without_demo_data_the_configured_first_administrator_can_sign_in_and_manage_staff()
    {
        var admin = StaffClient.For(factory);
        await admin.SignInAsync("first.admin@lender.example", "First-Admin-Passw0rd!");

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Users")).StatusCode);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AccessDbContext>().Users.CountAsync(TestContext.Current.CancellationToken));
    }
}
