using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using BackOffice.Servicing.Bench;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Tests.Servicing;

/// <summary>
/// A host process killed mid close of business (SIGKILL, on a real SQLite file) and started again: the new process
/// waits for the dead one's lease only until the takeover time, resumes the run, and ends exactly where a run
/// nobody interrupted ends.
/// </summary>
public sealed class CloseOfBusinessCrashTests
{
    private const int Loans = 2_000;
    private const int BatchSize = 2;
    private static readonly TimeSpan TakeoverAfter = TimeSpan.FromSeconds(5);

    private static readonly Dictionary<string, string> HostSettings = new()
    {
        ["Servicing:CloseOfBusiness:Scheduled"] = "false",
        ["Servicing:CloseOfBusiness:LeaseTakeoverAfter"] = TakeoverAfter.ToString("c", CultureInfo.InvariantCulture),
        ["Servicing:CloseOfBusiness:BatchSize"] = BatchSize.ToString(CultureInfo.InvariantCulture),
        ["Logging:LogLevel:BackOffice.Servicing.Features.CloseOfBusiness"] = "Information",
    };

    [Fact]
    public async Task A_host_killed_mid_run_is_resumed_by_the_restarted_host_within_the_takeover_time_and_ends_as_an_uninterrupted_run()
    {
        var crashed = BackOfficeFactory.NewDataFolder();
        var uninterrupted = BackOfficeFactory.NewDataFolder();
        var clock = Stopwatch.StartNew();
        try
        {
            var date = await SeedBookAsync(crashed);
            CopyFolder(crashed, uninterrupted);
            Say($"book of {Loans:N0} loans seeded in {clock.Elapsed.TotalSeconds:N1} s");
            await CloseUninterruptedAsync(uninterrupted, date);
            Say($"uninterrupted run done at {clock.Elapsed.TotalSeconds:N1} s");

            // An operator starts the run on the first host, which is killed once a few batches are in.
            var holder = "";
            using (var first = HostProcess.Start(crashed, HostSettings))
            {
                await first.ReadyAsync(TimeSpan.FromSeconds(90));
                Say($"first host ready at {clock.Elapsed.TotalSeconds:N1} s");
                var agent = first.Staff();
                await agent.SignInAsync(DemoStaff.Servicing);
                var started = await agent.FollowAsync(await agent.SubmitAsync("/servicing/Operations", "#start-form",
                    new Dictionary<string, string> { ["through"] = Day(date) }));
                Assert.Equal($"Started on this host: closing {Day(date)} through {Day(date)}.",
                    started.QuerySelector("#status-message")!.TextContent.Trim());
                await UntilAsync(() => Run(crashed, date) is { LoansClosed: >= 20 * BatchSize }, TimeSpan.FromSeconds(60));
                first.Kill();
                Assert.NotEqual(nameof(RunStatus.Completed), Run(crashed, date)!.Status);
                holder = Lease(crashed).Holder;
                Assert.StartsWith($"{Environment.MachineName}:{first.Id}:", holder);
            }

            var killed = Run(crashed, date)!;
            Assert.Equal(nameof(RunStatus.Running), killed.Status);
            Assert.InRange(killed.LoansClosed, 1, killed.LoansToClose - 1);
            var lastHeartbeat = Lease(crashed).HeartbeatAt;

            using var second = HostProcess.Start(crashed, HostSettings);
            await second.ReadyAsync(TimeSpan.FromSeconds(90));
            var readyAt = DateTimeOffset.UtcNow;
            await UntilAsync(() => Lease(crashed).Holder != holder, TimeSpan.FromSeconds(30));
            var takenOverAt = DateTimeOffset.UtcNow;
            Assert.StartsWith($"{Environment.MachineName}:{second.Id}:", Lease(crashed).Holder);
            await UntilAsync(() => Run(crashed, date) is { Status: nameof(RunStatus.Completed) }, TimeSpan.FromSeconds(30));

            Say(
                $"killed at {killed.LoansClosed} of {killed.LoansToClose}; second host ready {(readyAt - lastHeartbeat).TotalSeconds:N1} s "
                + $"after the dead host's last heartbeat, took over after {(takenOverAt - lastHeartbeat).TotalSeconds:N1} s");
            Assert.True(takenOverAt >= lastHeartbeat + TakeoverAfter, "The lease was taken over before the takeover time.");
            Assert.True(takenOverAt <= (readyAt > lastHeartbeat + TakeoverAfter ? readyAt : lastHeartbeat + TakeoverAfter) + TimeSpan.FromSeconds(2),
                "The restarted host did not resume within the takeover time.");
            if (readyAt < lastHeartbeat + TakeoverAfter)
            {
                // Up before the dead host's lease could be taken over: it said it waits, and for whom.
                Assert.Contains(second.Output, line => line.Contains("waits for the lease held by", StringComparison.Ordinal));
            }

            var resumed = Run(crashed, date)!;
            Assert.Equal(2, resumed.Attempts);
            Assert.Equal(killed.LoansClosed, resumed.ResumedAt);

            var agentAfter = second.Staff();
            await agentAfter.SignInAsync(DemoStaff.Servicing);
            var page = await agentAfter.GetPageAsync("/servicing/Operations");
            Assert.Contains($"Resumed at {killed.LoansClosed:N0} of {killed.LoansToClose:N0}.", page.QuerySelector("#runs")!.TextContent);

            second.Kill();
            Say($"resumed run done at {clock.Elapsed.TotalSeconds:N1} s");
            var expected = EndState(uninterrupted);
            var actual = EndState(crashed);
            Assert.NotEmpty(expected["pooled"]);
            Assert.Equal(expected.Count, actual.Count);
            foreach (var (table, rows) in expected)
            {
                Assert.Equal(rows, actual[table]);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var folder in new[] { crashed, uninterrupted }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The bench's book (bench/BackOffice.Servicing.Bench), closed through the day before the date to close.</summary>
    private static async Task<DateOnly> SeedBookAsync(string folder)
    {
        await using var factory = new RestartedHostFactory(folder, ownsData: false);
        await using var scope = factory.Services.CreateAsyncScope();
        var date = scope.ServiceProvider.GetRequiredService<BusinessCalendar>().Today.AddDays(-1);
        var db = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
        BookGenerator.Generate(db, Loans, date.AddDays(-1), scope.ServiceProvider.GetRequiredService<IOptions<ServicingPolicy>>().Value, _ => { });
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", TestContext.Current.CancellationToken);
        return date;
    }

    private static async Task CloseUninterruptedAsync(string folder, DateOnly date)
    {
        await using var factory = new RestartedHostFactory(folder, ownsData: false);
        await using var scope = factory.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<CloseOfBusinessRunner>().RunAsync(date, "test", TestContext.Current.CancellationToken);
        Assert.Equal(RunStatus.Completed, run.Status);
    }

    private static void CopyFolder(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    private sealed record RunRow(string Status, int LoansClosed, int LoansToClose, int Attempts, int? ResumedAt);

    private sealed record LeaseRow(string Holder, DateTimeOffset HeartbeatAt);

    private static RunRow? Run(string folder, DateOnly date) => Query(folder,
        $"SELECT Status, LoansClosed, LoansToClose, Attempts, ResumedAt FROM servicing_CloseOfBusinessRuns WHERE BusinessDate = '{Day(date)}'",
        r => new RunRow(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4))).SingleOrDefault();

    private static LeaseRow Lease(string folder) => Query(folder, "SELECT Holder, HeartbeatAt FROM servicing_RunLeases",
        r => new LeaseRow(r.GetString(0), new DateTimeOffset(r.GetInt64(1), TimeSpan.Zero))).Single();

    /// <summary>
    /// What the run leaves behind, table by table, as sorted text rows: every loan figure the run writes (not the row
    /// version, a fresh value per write), installments, the delinquency history, each loan's ledger lines, the pooled
    /// accruals by date, the events (without their own id and time) and the run's totals.
    /// </summary>
    private static Dictionary<string, List<string>> EndState(string folder)
    {
        // A complex property's column is named "Posted_Cash" for the property path "Posted.Cash".
        var loanColumns = string.Join(", ", CloseOfBusinessRows.LoanColumns.Where(c => c != nameof(LoanAccount.Version)).Select(c => c.Replace('.', '_')));
        return new Dictionary<string, List<string>>
        {
            ["loans"] = Rows(folder, $"SELECT Id, CreditBalance, {loanColumns} FROM servicing_Loans ORDER BY Id"),
            ["installments"] = Rows(folder, "SELECT LoanId, Number, Status, Fee, FeeChargedOn FROM servicing_Installments ORDER BY LoanId, Number"),
            ["delinquency"] = Rows(folder,
                "SELECT LoanId, BusinessDate, FromBucket, ToBucket, DaysPastDue FROM servicing_DelinquencyChanges ORDER BY LoanId, BusinessDate"),
            ["events"] = [.. Query(folder, "SELECT Type, Payload FROM servicing_OutboxMessages", r => $"{r.GetString(0)} {WithoutIdentity(r.GetString(1))}")
                .Order(StringComparer.Ordinal)],
            // Each loan's lines on the control accounts: a resumed run posts every loan's day once, whatever the batches were.
            ["ledger"] = Rows(folder, "SELECT l.LoanId, e.BusinessDate, l.Role, l.Debit, l.Credit FROM servicing_JournalLines l "
                + "JOIN servicing_JournalEntries e ON e.Id = l.EntryId WHERE l.LoanId IS NOT NULL ORDER BY l.LoanId, e.BusinessDate, l.Role"),
            // The pooled accrual entries, summed by date and account: batches differ when a run resumes, their sums must not.
            ["pooled"] = [.. Query(folder, "SELECT e.BusinessDate, l.Role, l.Debit, l.Credit FROM servicing_JournalLines l "
                    + "JOIN servicing_JournalEntries e ON e.Id = l.EntryId WHERE l.LoanId IS NULL",
                    r => (Key: $"{r.GetString(0)} {r.GetString(1)}", Net: decimal.Parse(r.GetString(2), CultureInfo.InvariantCulture)
                        - decimal.Parse(r.GetString(3), CultureInfo.InvariantCulture)))
                .GroupBy(line => line.Key).Select(day => $"{day.Key} {day.Sum(line => line.Net):0.00}").Order(StringComparer.Ordinal)],
            ["run"] = Rows(folder, "SELECT BusinessDate, Status, LoansClosed, BucketChanges, Cures, EarlyWarnings, PlansBroken, LateFees "
                + "FROM servicing_CloseOfBusinessRuns"),
        };
    }

    private static string WithoutIdentity(string payload)
    {
        var json = JsonNode.Parse(payload)!.AsObject();
        foreach (var name in json.Select(p => p.Key).Where(k => k is "id" or "eventId" or "occurredAt").ToList())
        {
            json.Remove(name);
        }

        return json.ToJsonString();
    }

    private static List<string> Rows(string folder, string sql) => Query(folder, sql, r =>
        string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "null" : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture))));

    /// <summary>Reads the file directly, as another process would, while a host may be writing it.</summary>
    private static List<T> Query<T>(string folder, string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "backoffice.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async Task UntilAsync(Func<bool> condition, TimeSpan within)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > within)
            {
                throw new TimeoutException($"Not reached within {within}.");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    private static void Say(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
