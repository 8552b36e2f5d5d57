using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Host.Tests.Outbox;

/// <summary>Background work never stops the host: the outbox worker outlives a database that refuses it for a while.</summary>
public sealed class OutboxWorkerFaultTests
{
    [Fact]
    public async Task A_transient_database_error_in_a_pass_is_logged_and_the_next_pass_delivers_and_the_host_keeps_running()
    {
        using var factory = new WorkerHostFactory();
        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);
        var cured = StandInReceiver.LoanCured(Guid.NewGuid(), "A1");
        await factory.PublishAsync(cured);

        // Another process holds SQLite's write lock past the busy timeout: the pass cannot record what it did.
        await using (var holder = new SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "backoffice.db")};Pooling=False"))
        {
            await holder.OpenAsync(TestContext.Current.CancellationToken);
            await ExecuteAsync(holder, "BEGIN IMMEDIATE");

            factory.Clock.Advance(WorkerHostFactory.PollingInterval);
            await EventuallyAsync(() => Task.FromResult(factory.Logged.Any(e => e.Level == LogLevel.Error
                && e.Category.EndsWith("OutboxDispatchWorker", StringComparison.Ordinal)
                && e.Error?.GetBaseException() is SqliteException { SqliteErrorCode: 5 })));
            Assert.Null((await factory.OutboxRowAsync(cured)).DispatchedAt);

            await ExecuteAsync(holder, "ROLLBACK");
        }

        factory.Clock.Advance(WorkerHostFactory.PollingInterval);
        await EventuallyAsync(async () => (await factory.OutboxRowAsync(cured)).DispatchedAt is not null);

        Assert.False(factory.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
        var live = await factory.CreateClient().GetAsync("/health/live", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within 30 s.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The stand-in receiver's host with the outbox worker running on a clock the test moves, and its log kept.</summary>
    private sealed class WorkerHostFactory() : StandInReceiverFactory(new Dictionary<string, string?>
    {
        ["Outbox:Enabled"] = "true",
        ["Outbox:PollingInterval"] = "00:00:02",
        ["Database:BusyTimeoutMilliseconds"] = "200",
    })
    {
        public static readonly TimeSpan PollingInterval = TimeSpan.FromSeconds(2);

        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        public ConcurrentQueue<LogEntry> Logged { get; } = new();

        protected override void ConfigureServices(IServiceCollection services)
        {
            base.ConfigureServices(services);
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ILoggerProvider>(new KeptLog(Logged));
        }
    }
}
