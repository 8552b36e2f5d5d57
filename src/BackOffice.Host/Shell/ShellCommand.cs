using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Shell;

/// <summary>
/// A command the host runs instead of serving, e.g. <c>dotnet run --project src/BackOffice.Host -- audit verify</c>:
/// it builds the host with its configuration and modules, does one thing through a module's Contracts, and exits
/// without starting Kestrel, the background jobs or the migrations. Exit codes: 0 as expected, 1 the check found a
/// problem, 2 the command could not run (unknown command, bad configuration, unreachable database).
/// </summary>
public sealed class ShellCommand
{
    public const int Succeeded = 0;
    public const int Found = 1;
    public const int CouldNotRun = 2;

    private const string Usage = "usage: BackOffice.Host audit verify [--Key=Value configuration …]";

    private readonly Func<IServiceProvider, TextWriter, CancellationToken, Task<int>>? run;

    private ShellCommand(Func<IServiceProvider, TextWriter, CancellationToken, Task<int>>? run) => this.run = run;

    /// <summary>The command the arguments name, or null when they name none and the host serves (configuration switches only).</summary>
    public static ShellCommand? Parse(string[] args) => args switch
    {
        ["audit", "verify", ..] => new(AuditVerifyCommand.RunAsync),
        ["audit", ..] => new(null),
        _ => null,
    };

    public async Task<int> RunAsync(WebApplicationBuilder builder)
    {
        if (run is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return CouldNotRun;
        }

        // Logs go to standard error and only warnings, so standard output carries the command's answer alone; a
        // database error is the command's answer, said once below rather than as EF's stack trace.
        builder.Logging.AddFilter(category: null, LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        try
        {
            await using var app = builder.Build();
            return await run(app.Services, Console.Out, CancellationToken.None);
        }
        catch (OptionsValidationException invalid)
        {
            await Console.Error.WriteLineAsync($"The configuration is not usable: {invalid.Message}");
            return CouldNotRun;
        }
        catch (Exception error) when (error is InvalidOperationException or System.Data.Common.DbException)
        {
            await Console.Error.WriteLineAsync($"The command could not run (is Database:* the host's database?): {error.Message}");
            return CouldNotRun;
        }
    }
}
