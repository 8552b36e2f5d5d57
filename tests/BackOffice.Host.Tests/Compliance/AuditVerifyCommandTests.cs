using System.Diagnostics;
using BackOffice.Host.Access;
using Microsoft.Data.Sqlite;

namespace BackOffice.Host.Tests.Compliance;

/// <summary>
/// <c>audit verify</c> run as operators run it: the real host executable as a process of its own, on the SQLite file
/// a host left behind, answering by its exit code.
/// </summary>
public sealed class AuditVerifyCommandTests
{
    [Fact]
    public async Task Audit_verify_exits_0_on_an_intact_trail_and_1_naming_the_entry_once_the_database_is_tampered_with()
    {
        var folder = BackOfficeFactory.NewDataFolder();
        try
        {
            long[] recorded;
            using (var host = new RestartedHostFactory(folder, ownsData: false))
            {
                recorded = await AuditTamperTests.RecordAsync(host, 3);
            }

            SqliteConnection.ClearAllPools();
            var intact = await RunAsync(folder);
            Assert.True(intact.ExitCode == 0, intact.ToString());
            Assert.StartsWith("The audit trail is intact:", intact.Output, StringComparison.Ordinal);

            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "backoffice.db")};Pooling=False"))
            {
                await connection.OpenAsync(TestContext.Current.CancellationToken);
                await using var update = connection.CreateCommand();
                update.CommandText = $"UPDATE compliance_AuditEntries SET Details = 'nothing to see' WHERE Sequence = {recorded[1]}";
                Assert.Equal(1, await update.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
            }

            var tampered = await RunAsync(folder);
            Assert.True(tampered.ExitCode == 1, tampered.ToString());
            Assert.Contains($"entry {recorded[1]} does not match its keyed hash: it was altered", tampered.Output, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Audit_verify_without_an_audit_key_exits_2_and_says_what_to_set()
    {
        var folder = BackOfficeFactory.NewDataFolder();
        try
        {
            var refused = await RunAsync(folder, "--Audit:ChainKey=");

            Assert.True(refused.ExitCode == 2, refused.ToString());
            Assert.Contains("The audit trail has no key", refused.Error, StringComparison.Ordinal);
            Assert.Contains("Audit__ChainKey", refused.Error, StringComparison.Ordinal);
        }
        finally
        {
            // Refused before it opened the database, the command may have made no folder at all.
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout: {Output}\nstderr: {Error}";
    }

    /// <summary>Runs the host's own build (its runtimeconfig and appsettings beside it), as <c>dotnet run -- audit verify</c> does.</summary>
    private static async Task<Outcome> RunAsync(string dataFolder, params string[] configuration)
    {
        var hostAssembly = typeof(AccessDbContext).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", hostAssembly, "audit", "verify", $"--Database:DataFolder={dataFolder}" },
            WorkingDirectory = HostProjectFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var setting in configuration)
        {
            start.ArgumentList.Add(setting);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new Outcome(process.ExitCode, (await output).Trim(), (await error).Trim());
    }

    /// <summary>The content root <c>dotnet run</c> uses: the host's project folder, where its appsettings files are.</summary>
    private static string HostProjectFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "BackOffice.Host");
            if (File.Exists(Path.Combine(candidate, "appsettings.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The host's project folder was not found above " + AppContext.BaseDirectory);
    }
}
