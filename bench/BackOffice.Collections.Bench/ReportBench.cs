using System.Diagnostics;
using BackOffice.BenchKit;
using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Features.ConductFiguresReport;
using BackOffice.Collections.Persistence;
using BackOffice.Compliance;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.Reports;
using BackOffice.Compliance.Persistence;
using BackOffice.Servicing;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Features.Reporting;
using BackOffice.Servicing.Persistence;
using BackOffice.Training;
using BackOffice.Training.Contracts;
using BackOffice.Training.Features.Reporting;
using BackOffice.Training.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Bench;

/// <summary>
/// The quarterly regulator report over N contact attempts and M complaints: lays them on a fresh SQLite file,
/// then times <see cref="BuildReportHandler"/> composing the four modules' figures, as the report page does.
/// </summary>
internal static class ReportBench
{
    public static async Task RunAsync(int contacts, int debtors, int complaints)
    {
        var folder = BenchHost.FreshFolder($"backoffice-report-bench-{contacts}");
        var builder = BenchHost.CreateBuilder(folder);
        builder.Services.AddSingleton<IStaffDirectory>(new Collectors(200));
        builder.AddServicing();
        builder.AddCollections();
        builder.AddTraining();
        builder.AddCompliance();
        using var host = builder.Build();
        await DatabaseMigrator.MigrateAllAsync(host.Services);
        Console.WriteLine(BenchHost.Machine(folder));

        var now = new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);
        var clock = Stopwatch.StartNew();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            ContactBook.Generate(scope.ServiceProvider.GetRequiredService<CollectionsDbContext>(), contacts, debtors, now, done =>
                Console.WriteLine($"  {done:N0} contacts laid ({clock.Elapsed.TotalSeconds:N0} s)"));
            LayComplaints(scope.ServiceProvider.GetRequiredService<ComplianceDbContext>(), complaints, now);
        }

        Console.WriteLine($"generate {contacts:N0} contact attempts and {complaints:N0} complaints: {clock.Elapsed.TotalSeconds:N1} s");
        var quarter = (From: new DateOnly(2026, 9, 1), To: new DateOnly(2026, 12, 1));
        for (var run = 1; run <= 3; run++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var sender = new FiguresSender(async (message, cancellationToken) => message switch
            {
                ConductFiguresQuery q =>
                    await new ConductFiguresHandler(services.GetRequiredService<CollectionsDbContext>()).Handle(q, cancellationToken),
                PortfolioFiguresQuery q =>
                    await new PortfolioFiguresHandler(services.GetRequiredService<ServicingDbContext>()).Handle(q, cancellationToken),
                CoverageFiguresQuery q =>
                    await new CoverageFiguresHandler(services.GetRequiredService<TrainingDbContext>(), services.GetRequiredService<IStaffDirectory>())
                        .Handle(q, cancellationToken),
                _ => throw new NotSupportedException(message.GetType().Name),
            });
            var handler = new BuildReportHandler(
                services.GetRequiredService<ComplianceDbContext>(), sender, Options.Create(new PolicyPackOptions()), TimeProvider.System);
            clock.Restart();
            var report = await handler.Handle(new BuildReportQuery(quarter.From, quarter.To), CancellationToken.None);
            Console.WriteLine(
                $"run {run}: quarterly report {quarter.From:yyyy-MM-dd}..{quarter.To:yyyy-MM-dd} in {clock.Elapsed.TotalSeconds:N2} s — "
                + $"{report.Conduct.ContactsByHour.Sum():N0} contacts, {report.Conduct.ContactsByHour[23]:N0} at 23:00, "
                + $"{report.Complaints.Received:N0} complaints received, "
                + $"{report.Complaints.Closed:N0} closed, {report.Complaints.UpheldRatePercent} % upheld");
        }
    }

    private static void LayComplaints(ComplianceDbContext db, int count, DateTimeOffset now)
    {
        var random = new Random(11);
        var deadlines = new ComplaintDeadlines(null, 15, 30, 30);
        var categories = Enum.GetValues<ComplaintCategory>();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        using var transaction = connection.BeginTransaction();
        using var rows = new RowInserter<Complaint>(db) { Transaction = transaction };
        for (var i = 0; i < count; i++)
        {
            var received = now.AddMinutes(-random.Next(1, 120 * 24 * 60));
            var complaint = Complaint.Register($"C-{i:D7}", (ComplaintSource)(i % 3), categories[random.Next(categories.Length)], i % 5 == 0,
                $"B-{i:D9}", [$"collector-{i % 200}"], "Bench complaint.", received, deadlines);
            if (random.Next(10) < 8)
            {
                complaint.AssignHandler("officer", received.AddHours(1));
                complaint.Close("officer", (ComplaintOutcome)random.Next(3), "remedy", 0m, apology: false, received.AddDays(random.Next(1, 40)));
            }

            rows.Insert(complaint);
        }

        transaction.Commit();
    }

    private sealed class Collectors(int count) : IStaffDirectory
    {
        public Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<StaffMember>>(
                [.. Enumerable.Range(0, count).Select(i => new StaffMember($"collector-{i}", $"c{i}@bench", $"Collector {i}"))]);

        public Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken) => Task.FromResult<StaffMember?>(null);

        public Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());
    }
}
