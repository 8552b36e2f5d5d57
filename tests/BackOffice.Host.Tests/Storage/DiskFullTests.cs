using System.Net;
using BackOffice.Origination.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Storage;

/// <summary>
/// A real full disk: the host's data folder on a small tmpfs of its own, filled to the last block. Mounting needs
/// the privilege to mount (root in this machine's test container); elsewhere the test is skipped and says why.
/// </summary>
public sealed class DiskFullTests
{
    private sealed class OnVolumeFactory(string dataFolder) : BackOfficeFactory(dataFolder, ownsData: true)
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:BusyTimeoutMilliseconds"] = "300",
        };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_full_disk_fails_ready_and_writes_and_writes_succeed_once_space_is_freed()
    {
        var volume = BackOfficeFactory.NewDataFolder() + "-volume";
        Directory.CreateDirectory(volume);
        if (!Environment.IsPrivilegedProcess || !Shell.TryRun("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", volume))
        {
            Directory.Delete(volume);
            Assert.Skip("Mounting a small tmpfs needs root with the mount capability.");
        }

        try
        {
            await using var factory = new OnVolumeFactory(Path.Combine(volume, "data"));
            var api = await DealerApi.ConnectAsync(factory);
            var before = await ApplicationsAsync(factory);
            var filler = Path.Combine(volume, "filler");

            // A WAL emptied by a checkpoint must grow for the next commit, as it does once its space is used up.
            TruncateTheWriteAheadLog(Path.Combine(volume, "data", "backoffice.db"));
            FillTheDisk(filler);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.CreateClient().GetAsync("/health/ready", Ct)).StatusCode);
            await StorageFaultTests.AssertStorageProblemAsync(await api.SubmitAsync(Applications.Approvable(), Guid.NewGuid().ToString()));
            await StorageFaultTests.AssertStorageProblemAsync(await DealerTokens.RequestAsync(
                factory.CreateClient(), BackOfficeFactory.DemoClientId, BackOfficeFactory.DemoClientSecret, "applications:read"));
            Assert.Equal(before, await ApplicationsAsync(factory));

            File.Delete(filler);

            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready", Ct)).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await api.SubmitAsync(Applications.Approvable(), Guid.NewGuid().ToString())).StatusCode);
            Assert.Equal(before + 1, await ApplicationsAsync(factory));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Shell.TryRun("umount", "-l", volume);
            Directory.Delete(volume, recursive: true);
        }
    }

    private static void FillTheDisk(string filler)
    {
        using var stream = new FileStream(filler, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // No space left on the device: the point.
        }
    }

    private static void TruncateTheWriteAheadLog(string database)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadWrite;Pooling=False");
        connection.Open();
        using var wait = connection.CreateCommand();
        wait.CommandText = "PRAGMA busy_timeout=2000;";
        wait.ExecuteNonQuery();
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        using var result = checkpoint.ExecuteReader();
        Assert.True(result.Read());
        Assert.Equal(0L, result.GetInt64(0)); // not blocked: the log is empty now
    }

    private static async Task<int> ApplicationsAsync(BackOfficeFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OriginationDbContext>().Applications.CountAsync(Ct);
    }
}
