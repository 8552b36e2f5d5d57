using System.Net;

namespace BackOffice.Host.Tests.Storage;

/// <summary>Start-up creates a database only on a first run; a lost one is reported, not replaced by an empty one.</summary>
public sealed class DatabaseStartupTests
{
    /// <summary>A host configured as an installation that already has its data: Database:CreateIfMissing off.</summary>
    private sealed class NotFirstRunFactory(string dataFolder, bool ownsData) : BackOfficeFactory(dataFolder, ownsData)
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:CreateIfMissing"] = "false",
        };
    }

    [Fact]
    public void A_missing_database_is_not_created_and_start_up_refuses_naming_the_file_and_the_first_run_setting()
    {
        var folder = BackOfficeFactory.NewDataFolder();
        using var factory = new NotFirstRunFactory(folder, ownsData: true);

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var message = refused.ToString();
        Assert.Contains(Path.Combine(folder, "backoffice.db"), message, StringComparison.Ordinal);
        Assert.Contains("Database:CreateIfMissing", message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder), "neither the database nor its folder was created");
    }

    [Fact]
    public async Task An_existing_database_starts_without_the_first_run_setting()
    {
        var folder = BackOfficeFactory.NewDataFolder();
        using (var firstRun = new RestartedHostFactory(folder, ownsData: false))
        {
            firstRun.CreateClient();
        }

        await using var restarted = new NotFirstRunFactory(folder, ownsData: true);

        var ready = await restarted.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }
}
