using System.Diagnostics;
using BackOffice.BenchKit;
using BackOffice.Collections.Bench;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Collections;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

// With --screen: the language screen over the dev screening corpus instead (ScreenBench); no database.
if (args.Contains("--screen"))
{
    ScreenBench.Run(Path.Combine("tests", "BackOffice.Collections.Tests", "Screening", "Corpus", "dev"), TimeSpan.FromSeconds(10));
    return;
}

// With --report: the quarterly regulator report over N contact attempts and M complaints instead (ReportBench).
if (args.Contains("--report"))
{
    var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal))
        .Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    await ReportBench.RunAsync(
        numbers.ElementAtOrDefault(0) is > 0 and var c ? c : 10_000_000,
        numbers.ElementAtOrDefault(1) is > 0 and var d ? d : 500_000,
        numbers.ElementAtOrDefault(2) is > 0 and var m ? m : 100_000);
    return;
}

// Lays N logged contact attempts over D debtors (the last 90 days) on a fresh SQLite file, then times clearance
// decisions one after another, as the application makes them: read the account and debtor, read the contacts
// that can matter (the last 8 days and the open clearances), apply the pack's rules, store the clearance.
var contacts = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000;
var debtors = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500_000;
var decisions = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
var folder = BenchHost.FreshFolder($"backoffice-guard-bench-{contacts}");
var builder = BenchHost.CreateBuilder(folder);
builder.AddCollections();
using var host = builder.Build();
await DatabaseMigrator.MigrateAllAsync(host.Services);
Console.WriteLine(BenchHost.Machine(folder));

var now = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
var clock = Stopwatch.StartNew();
Guid[] loans;
await using (var scope = host.Services.CreateAsyncScope())
{
    loans = ContactBook.Generate(scope.ServiceProvider.GetRequiredService<CollectionsDbContext>(), contacts, debtors, now, done =>
        Console.WriteLine($"  {done:N0} contacts laid ({clock.Elapsed.TotalSeconds:N0} s)"));
}

var megabytes = new FileInfo(Path.Combine(folder, "backoffice.db")).Length / 1024 / 1024;
Console.WriteLine($"generate {debtors:N0} debtors and {contacts:N0} contact attempts: {clock.Elapsed.TotalSeconds:N1} s, file {megabytes:N0} MB");

var policy = host.Services.GetRequiredService<IOptions<ConductPolicy>>().Value;
var random = new Random(7);
// The first 1,000 decisions warm up the JIT and the page cache and are not counted.
const int warmUp = 1_000;
var latencies = new double[decisions];
var allowed = 0;
for (var i = -warmUp; i < decisions; i++)
{
    if (i == 0)
    {
        clock.Restart();
        allowed = 0;
    }

    var loanId = loans[random.Next(loans.Length)];
    var started = Stopwatch.GetTimestamp();
    await using (var scope = host.Services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<CollectionsDbContext>();
        var account = await db.Accounts.FirstAsync(a => a.LoanId == loanId);
        var debtor = await db.Debtors.FirstAsync(d => d.LoanId == loanId);
        var at = now.AddSeconds(i + warmUp);
        var request = new ContactRequest("bench-collector", Party.Debtor, null, ContactMethod.Call, debtor.Contacts[0].Value, at);
        var history = await scope.ServiceProvider.GetRequiredService<ContactHistory>().AroundAsync(loanId, at, CancellationToken.None);
        var facts = new GuardFacts(debtor.TimeZone, debtor.Choices.ToGuard(), false, true, true, debtor.AllDebtorNumbersInvalid, history);
        var refusals = ConductGuard.Check(request, facts, policy);
        db.Clearances.Add(new Clearance(loanId, request, refusals, at, policy.ClearanceLifetime));
        account.Touch();
        await db.SaveChangesAsync();
        allowed += refusals.Count == 0 ? 1 : 0;
    }

    if (i >= 0)
    {
        latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
}

var total = clock.Elapsed;
Array.Sort(latencies);
double At(double q) => latencies[Math.Min(latencies.Length - 1, (int)(q * latencies.Length))];
Console.WriteLine($"{decisions:N0} clearance decisions in {total.TotalSeconds:N1} s ({decisions / total.TotalSeconds:N0}/s), {allowed:N0} allowed: "
    + $"p50 {At(0.50):N2} ms, p95 {At(0.95):N2} ms, p99 {At(0.99):N2} ms, max {latencies[^1]:N2} ms");
SqliteConnection.ClearAllPools();
