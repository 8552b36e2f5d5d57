using System.Net;
using System.Runtime.Versioning;
using System.Text.Json;
using BackOffice.Compliance.Persistence;
using BackOffice.Host.Access;
using BackOffice.Origination.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.EntityFrameworkCore.Models;

namespace BackOffice.Host.Tests.Storage;

/// <summary>
/// The database stops taking writes under a running host: readiness fails, every write (API, token endpoint, pages,
/// sign-in) answers 503 saying nothing was saved, nothing is half-written, and all is well again once the fault ends.
/// </summary>
public sealed class StorageFaultTests(StorageFaultTests.Factory factory) : IClassFixture<StorageFaultTests.Factory>
{
    /// <summary>A short busy timeout, so a held lock is met within a second rather than five.</summary>
    public sealed class Factory : BackOfficeFactory
    {
        public const int BusyTimeoutMilliseconds = 300;

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:BusyTimeoutMilliseconds"] = BusyTimeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

        public string DatabaseFile => Path.Combine(DataFolder, "backoffice.db");
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_write_lock_held_past_the_busy_timeout_fails_ready_and_every_write_answers_503_until_it_is_released()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var admin = StaffClient.For(factory);
        await admin.SignInAsync(DemoStaff.Admin);
        var registerPage = await admin.GetPageAsync("/Dealers/Register");
        var before = await CountsAsync();
        var retriedKey = Guid.NewGuid().ToString();
        var body = Applications.Approvable();

        await using (await WriteLock.TakeAsync(factory.DatabaseFile))
        {
            var ready = await factory.CreateClient().GetAsync("/health/ready", Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);

            await AssertStorageProblemAsync(await api.SubmitAsync(body, retriedKey));
            var token = await DealerTokens.RequestAsync(factory.CreateClient(), BackOfficeFactory.DemoClientId, BackOfficeFactory.DemoClientSecret, "applications:read");
            var tokenProblem = await AssertStorageProblemAsync(token);
            Assert.Equal("temporarily_unavailable", tokenProblem.GetProperty("error").GetString());

            var register = await admin.SubmitAsync(registerPage, "main form", new Dictionary<string, string>
            {
                ["Name"] = "Locked Out Motors",
                ["Code"] = "LOCKED",
                ["ContactEmail"] = "sales@locked.example",
            });
            await AssertNothingSavedPageAsync(register);

            var signIn = StaffClient.For(factory);
            var signedIn = await signIn.SignInAsync(DemoStaff.Underwriter);
            await AssertNothingSavedPageAsync(signedIn);
            Assert.DoesNotContain(signedIn.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
                c => c.StartsWith("BackOffice.Staff=", StringComparison.Ordinal));

            Assert.Equal(before, await CountsAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready", Ct)).StatusCode);
        // The dealer's retry with the same key is a first submission: nothing of the refused one was kept.
        Assert.Equal(HttpStatusCode.Created, (await api.SubmitAsync(body, retriedKey)).StatusCode);
        await DealerTokens.GetAsync(factory.CreateClient(), BackOfficeFactory.DemoClientId, BackOfficeFactory.DemoClientSecret, "applications:read");
        Assert.Equal(HttpStatusCode.Redirect, (await StaffClient.For(factory).SignInAsync(DemoStaff.Underwriter)).StatusCode);
        Assert.Equal(before.Applications + 1, (await CountsAsync()).Applications);
    }

    [Fact]
    public async Task A_data_folder_that_disappears_under_a_running_host_fails_ready_and_acknowledges_no_write()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var before = await CountsAsync();
        var away = factory.DataFolder + "-away";

        Directory.Move(factory.DataFolder, away);
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.CreateClient().GetAsync("/health/ready", Ct)).StatusCode);
            await AssertStorageProblemAsync(await api.SubmitAsync(Applications.Approvable(), Guid.NewGuid().ToString()));
            await AssertStorageProblemAsync(await DealerTokens.RequestAsync(
                factory.CreateClient(), BackOfficeFactory.DemoClientId, BackOfficeFactory.DemoClientSecret, "applications:read"));
            await AssertNothingSavedPageAsync(await StaffClient.For(factory).SignInAsync(DemoStaff.Underwriter));
            Assert.False(Directory.Exists(factory.DataFolder), "no empty database was created in place of the missing one");
        }
        finally
        {
            Directory.Move(away, factory.DataFolder);
        }

        Assert.Equal(before, await CountsAsync());
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.SubmitAsync(Applications.Approvable(), Guid.NewGuid().ToString())).StatusCode);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_database_file_made_read_only_fails_ready_and_writes_and_writes_succeed_once_it_is_writable_again()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var before = await CountsAsync();

        using (ReadOnlyFile.Make(factory.DatabaseFile))
        {
            // Connections opened from now on meet the write-protected file, as after a restart or a remount.
            SqliteConnection.ClearAllPools();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await factory.CreateClient().GetAsync("/health/ready", Ct)).StatusCode);
            await AssertStorageProblemAsync(await api.SubmitAsync(Applications.Approvable(), Guid.NewGuid().ToString()));
            await AssertStorageProblemAsync(await DealerTokens.RequestAsync(
                factory.CreateClient(), BackOfficeFactory.DemoClientId, BackOfficeFactory.DemoClientSecret, "applications:read"));
            await AssertNothingSavedPageAsync(await StaffClient.For(factory).SignInAsync(DemoStaff.Underwriter));
            Assert.Equal(before, await CountsAsync());
        }

        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/health/ready", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await api.SubmitAsync(Applications.Approvable(), Guid.NewGuid().ToString())).StatusCode);
    }

    internal static async Task<JsonElement> AssertStorageProblemAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Storage unavailable; nothing was saved", problem.GetProperty("title").GetString());
        return problem;
    }

    internal static async Task AssertNothingSavedPageAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)response.StatusCode}: {text}");
        var page = await StaffClient.ParseAsync(response);
        Assert.Contains("nothing was saved", page.QuerySelector("#storage-unavailable")?.TextContent, StringComparison.Ordinal);
    }

    private sealed record Counts(int Applications, int AuditEntries, int Tokens, int Dealers);

    private async Task<Counts> CountsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return new Counts(
            await services.GetRequiredService<OriginationDbContext>().Applications.CountAsync(Ct),
            await services.GetRequiredService<ComplianceDbContext>().AuditEntries.CountAsync(Ct),
            await services.GetRequiredService<AccessDbContext>().Set<OpenIddictEntityFrameworkCoreToken>().CountAsync(Ct),
            await services.GetRequiredService<OriginationDbContext>().Dealers.CountAsync(Ct));
    }
}

/// <summary>
/// A write-protected file until disposed. Root ignores file modes, so as root the file is made immutable instead
/// (chattr, ext4 and the like), which stops root too.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class ReadOnlyFile : IDisposable
{
    private readonly string file;
    private readonly UnixFileMode mode;

    private ReadOnlyFile(string file)
    {
        this.file = file;
        mode = File.GetUnixFileMode(file);
        if (Environment.IsPrivilegedProcess)
        {
            Shell.Run("chattr", "+i", file);
        }
        else
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }

    public static ReadOnlyFile Make(string file) => new(file);

    public void Dispose()
    {
        if (Environment.IsPrivilegedProcess)
        {
            Shell.Run("chattr", "-i", file);
        }

        File.SetUnixFileMode(file, mode);
    }
}

internal static class Shell
{
    public static bool TryRun(string program, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(program, arguments)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    public static void Run(string program, params string[] arguments)
    {
        if (!TryRun(program, arguments))
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed.");
        }
    }
}

/// <summary>Another process holding SQLite's write lock (BEGIN IMMEDIATE) until disposed; readers go on meanwhile.</summary>
internal sealed class WriteLock : IAsyncDisposable
{
    private readonly SqliteConnection connection;

    private WriteLock(SqliteConnection connection) => this.connection = connection;

    public static async Task<WriteLock> TakeAsync(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Mode=ReadWrite;Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE;";
        await begin.ExecuteNonQueryAsync();
        return new WriteLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        await using (var rollback = connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        await connection.DisposeAsync();
    }
}
