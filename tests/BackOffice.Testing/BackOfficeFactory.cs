using BackOffice.Host.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Testing;

/// <summary>
/// The whole host in memory on a SQLite file of its own, with the demo data laid as on a developer's machine.
/// Token keys are ephemeral and the outbox is driven by the tests that need it.
/// </summary>
public class BackOfficeFactory : WebApplicationFactory<AccessDbContext>
{
    private readonly string dataFolder;
    private readonly bool ownsData;

    public BackOfficeFactory()
        : this(NewDataFolder(), ownsData: true)
    {
    }

    /// <summary>A host on a given data folder, as after a restart. Only the owner deletes the folder.</summary>
    protected BackOfficeFactory(string dataFolder, bool ownsData)
    {
        this.dataFolder = dataFolder;
        this.ownsData = ownsData;
    }

    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "backoffice-tests", Guid.NewGuid().ToString("N"));

    public const string DemoPassword = "Demo-Passw0rd!";
    public const string DemoClientId = "demo-dealer";
    public const string DemoClientSecret = "demo-dealer-secret";

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public string DataFolder => dataFolder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataFolder", dataFolder);
        builder.UseSetting("Database:CreateIfMissing", "true");
        builder.UseSetting("PartnerApi:Keys", "Ephemeral");
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Servicing:CloseOfBusiness:Scheduled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("DemoSeed:Password", DemoPassword);
        builder.UseSetting("DemoSeed:DealerClientId", DemoClientId);
        builder.UseSetting("DemoSeed:DealerClientSecret", DemoClientSecret);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ConfigureServices);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (ownsData && Directory.Exists(dataFolder))
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }
}

/// <summary>A host started on the data folder another one left behind: a restart after a crash.</summary>
public sealed class RestartedHostFactory(string dataFolder, bool ownsData) : BackOfficeFactory(dataFolder, ownsData);
