using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BackOffice.BenchKit;

/// <summary>A bench's host: the modules it needs on a fresh SQLite file of its own, configured as in production, logging quiet.</summary>
public static class BenchHost
{
    /// <summary>An empty folder in the temp directory for this bench's database; what an earlier run left there goes.</summary>
    public static string FreshFolder(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }

    public static HostApplicationBuilder CreateBuilder(string folder, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", ContentRootPath = folder });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataFolder"] = folder,
            // Every bench lays its book on a fresh file: a first run by design.
            ["Database:CreateIfMissing"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>The line every bench prints first, so its numbers say what they were measured on.</summary>
    public static string Machine(string folder) =>
        $"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; SQLite (WAL, synchronous=NORMAL) in {folder}";
}
