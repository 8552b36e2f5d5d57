using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackOffice.Host.Tests;

/// <summary>
/// The real host as a child process (<c>dotnet BackOffice.Host.dll</c>) on a data folder, configured through its
/// environment as an operator would, so a test can kill it as a crash would (SIGKILL: no shutdown code runs).
/// </summary>
internal sealed class HostProcess : IDisposable
{
    private readonly Process process;

    // The output arrives on other threads, where the test's ambient context is not set.
    private readonly ITestContext test = TestContext.Current;

    private HostProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the host wrote to its console, line by line.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    public int Id => process.Id;

    public static HostProcess Start(string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BackOffice.Host.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["Database__DataFolder"] = dataFolder;
        start.Environment["PartnerApi__Keys"] = "Ephemeral";
        start.Environment["Outbox__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, line) => host.Log(line.Data);
        process.ErrorDataReceived += (_, line) => host.Log(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return host;
    }

    /// <summary>Waits until the host answers its liveness probe.</summary>
    public async Task ReadyAsync(TimeSpan within)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < within)
        {
            Assert.False(process.HasExited, $"The host process ended with code {(process.HasExited ? process.ExitCode : 0)}.");
            try
            {
                if ((await http.GetAsync("/Account/Login", TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception notYet) when (notYet is HttpRequestException or TaskCanceledException
                && !TestContext.Current.CancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"The host at {Address} did not answer within {within}.");
    }

    /// <summary>A staff member's browser on this host.</summary>
    public StaffClient Staff() =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = Address });

    /// <summary>As a crash: SIGKILL, nothing of the host's shutdown runs.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Log(string? line)
    {
        if (line is not null)
        {
            Output.Enqueue(line);
            test.SendDiagnosticMessage($"host {process.Id}: {line}");
        }
    }
}
