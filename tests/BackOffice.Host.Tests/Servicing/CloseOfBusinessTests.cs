using System.Globalization;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Servicing;

/// <summary>The close of business on the real database: catch-up, idempotency, a crash and its resumption, the operations page.</summary>
public sealed class CloseOfBusinessTests
{
    [Fact]
    public async Task Close_of_business_catches_up_missed_dates_in_order_and_running_a_date_again_changes_nothing()
    {
        await using var factory = new BackOfficeFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        var firstDue = loan.BookedOn.AddMonths(1);
        await ServicingHost.CloseThroughAsync(factory, firstDue.AddDays(-1));

        var runs = await ServicingHost.CloseThroughAsync(factory, firstDue.AddDays(10));

        Assert.Equal(Enumerable.Range(0, 11).Select(firstDue.AddDays), runs.Select(r => r.BusinessDate));
        Assert.All(runs, r => Assert.Equal(RunStatus.Completed, r.Status));
        var closed = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.Equal(10, closed.DaysPastDue);
        Assert.Equal("1-29", closed.Bucket);
        Assert.True(closed.Installments.Single(i => i.Number == 1).Fee > 0m);
        var history = await ServicingHost.WithServicingAsync(factory,
            db => db.DelinquencyChanges.Where(c => c.LoanId == loan.Id).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(firstDue.AddDays(1), Assert.Single(history).BusinessDate);

        var events = await BucketEventsAsync(factory, loan.Id);
        await using var scope = factory.Services.CreateAsyncScope();
        var again = await scope.ServiceProvider.GetRequiredService<CloseOfBusinessRunner>().RunAsync(firstDue.AddDays(10), "test",
            TestContext.Current.CancellationToken);

        Assert.Equal(RunStatus.Completed, again.Status);
        Assert.Equal(Snapshot(closed), Snapshot(await ServicingHost.LoanAsync(factory, loan.Id)));
        Assert.Equal(events, await BucketEventsAsync(factory, loan.Id));
    }

    /// <summary>ADR 14: a quiet day's accruals are one pooled entry per batch; no loan gets a line for them.</summary>
    [Fact]
    public async Task A_quiet_day_posts_the_accrual_of_every_loan_as_one_pooled_entry_with_no_line_per_loan()
    {
        await using var factory = new BackOfficeFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, loan.BookedOn.AddDays(1));
        var before = await ServicingHost.LoanAsync(factory, loan.Id);
        var linesBefore = await OwnLinesAsync(factory, loan.Id);
        var day = loan.BookedOn.AddDays(2);

        await ServicingHost.CloseThroughAsync(factory, day);

        var after = await ServicingHost.LoanAsync(factory, loan.Id);
        var pooled = await ServicingHost.WithServicingAsync(factory, db => db.JournalEntries.AsNoTracking()
            .Where(e => e.BusinessDate == day && e.Kind == BackOffice.Servicing.Domain.Ledger.EntryKind.Accrual).Include(e => e.Lines)
            .ToListAsync(TestContext.Current.CancellationToken));
        var entry = Assert.Single(pooled);
        Assert.Null(entry.LoanId);
        Assert.Equal(2, entry.Lines.Count);
        Assert.All(entry.Lines, line => Assert.Null(line.LoanId));
        Assert.Equal(linesBefore, await OwnLinesAsync(factory, loan.Id));
        Assert.True(after.AccrualPooled > before.AccrualPooled, "the loan's share of the day's accrual is kept on it");
        Assert.Equal(after.Posted.InterestReceivable - before.Posted.InterestReceivable, after.AccrualPooled - before.AccrualPooled);
        Assert.InRange(after.AccrualPooled - before.AccrualPooled, 0.01m, entry.Total);
    }

    private static Task<int> OwnLinesAsync(BackOfficeFactory factory, Guid loanId) => ServicingHost.WithServicingAsync(factory,
        db => db.JournalLines.AsNoTracking().CountAsync(l => l.LoanId == loanId, TestContext.Current.CancellationToken));

    [Fact]
    public async Task Interrupted_run_is_resumed_by_the_restarted_host_and_charges_no_fee_twice()
    {
        var folder = BackOfficeFactory.NewDataFolder();
        var loans = new List<LoanAccount>();
        DateOnly feeDay;
        await using (var crashed = new OneLoanPerBatchFactory(folder))
        {
            for (var i = 0; i < 3; i++)
            {
                loans.Add(await ServicingHost.BookLoanAsync(crashed));
            }

            feeDay = loans[0].BookedOn.AddMonths(1).AddDays(6);
            await using var scope = crashed.Services.CreateAsyncScope();
            Assert.True(await scope.ServiceProvider.GetRequiredService<CloseOfBusinessLease>().TryTakeAsync(TestContext.Current.CancellationToken));
            var runner = scope.ServiceProvider.GetRequiredService<CloseOfBusinessRunner>();
            var run = await runner.BeginAsync(feeDay, "test", TestContext.Current.CancellationToken);
            Assert.Equal(1, await runner.CloseBatchAsync(run, feeDay, TestContext.Current.CancellationToken));
        }

        // The crashed host never gave its lease back: the restarted one takes it over after the takeover time.
        await using var restarted = new QuickTakeoverFactory(folder);
        var finished = await WaitForRunAsync(restarted, feeDay, RunStatus.Completed);

        var loansInBook = await ServicingHost.WithServicingAsync(restarted, db => db.Loans.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(loansInBook, finished.LoansClosed);
        Assert.Equal(2, finished.Attempts);
        Assert.Equal(1, finished.ResumedAt);
        foreach (var loan in loans)
        {
            var closed = await ServicingHost.LoanAsync(restarted, loan.Id);
            var first = closed.Installments.Single(i => i.Number == 1);
            Assert.Equal(feeDay, closed.ClosedThrough);
            Assert.Equal(decimal.Min(decimal.Round(first.ScheduledPayment * 0.05m, 2, MidpointRounding.ToEven), 200m), first.Fee);
            Assert.Single(await BucketEventsAsync(restarted, loan.Id));
        }
    }

    [Fact]
    public async Task Operator_starts_the_close_of_business_on_the_operations_page_and_sees_it_complete()
    {
        await using var factory = new BackOfficeFactory();
        await ServicingHost.BookLoanAsync(factory);
        var agent = StaffClient.For(factory);
        await agent.SignInAsync(DemoStaff.Servicing);
        var yesterday = factory.Services.GetRequiredService<BusinessCalendar>().Today.AddDays(-1);

        var tomorrow = await agent.FollowAsync(await agent.SubmitAsync("/servicing/Operations", "#start-form",
            new Dictionary<string, string> { ["through"] = Day(yesterday.AddDays(2)) }));
        Assert.Contains(tomorrow.QuerySelectorAll(".errors li"), e => e.TextContent.Length > 0);

        var started = await agent.FollowAsync(await agent.SubmitAsync("/servicing/Operations", "#start-form",
            new Dictionary<string, string> { ["through"] = Day(yesterday) }));
        Assert.Equal($"Started on this host: closing {Day(yesterday)} through {Day(yesterday)}.",
            started.QuerySelector("#status-message")!.TextContent.Trim());
        await WaitForRunAsync(factory, yesterday, RunStatus.Completed);
        await WaitForLeaseGivenBackAsync(factory);

        var page = await agent.GetPageAsync("/servicing/Operations");
        Assert.Equal(Day(yesterday), page.QuerySelector("#last-closed")!.TextContent);
        Assert.Equal($"Already done for {Day(yesterday)}.", page.QuerySelector("#run-situation")!.TextContent.Trim());

        var again = await agent.FollowAsync(await agent.SubmitAsync("/servicing/Operations", "#start-form",
            new Dictionary<string, string> { ["through"] = Day(yesterday) }));
        Assert.StartsWith($"Already done for {Day(yesterday)}:", again.QuerySelector("#status-message")!.TextContent.Trim());
        Assert.Equal(1, (await ServicingHost.WithServicingAsync(factory,
            db => db.CloseOfBusinessRuns.SingleAsync(TestContext.Current.CancellationToken))).Attempts);
    }

    [Fact]
    public async Task Start_while_another_host_holds_the_lease_says_it_waits_for_that_host_and_when_it_takes_over()
    {
        await using var factory = new BusinessClockFactory();
        await ServicingHost.BookLoanAsync(factory);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = factory.Services.CreateAsyncScope();
        var other = new HostInstance();
        var otherLease = new CloseOfBusinessLease(scope.ServiceProvider.GetRequiredService<BackOffice.Servicing.Persistence.ServicingDbContext>(),
            new BackOffice.BuildingBlocks.Persistence.SqliteWriteGate(TimeSpan.FromSeconds(5)), other,
            scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<CloseOfBusinessOptions>>(), factory.Clock);
        Assert.True(await otherLease.TryTakeAsync(ct));
        var heartbeat = factory.Clock.GetUtcNow();
        var agent = StaffClient.For(factory);
        await agent.SignInAsync(DemoStaff.Servicing);

        var answer = await agent.FollowAsync(await agent.SubmitAsync("/servicing/Operations", "#start-form",
            new Dictionary<string, string> { ["through"] = Day(factory.Services.GetRequiredService<BusinessCalendar>().Today.AddDays(-1)) }));

        var host = string.Join(':', other.Id.Split(':').Take(2));
        var waiting = $"Waiting for the run on host {host}, last heartbeat {Utc(heartbeat)} (taken over after "
            + $"{Utc(heartbeat + new CloseOfBusinessOptions().LeaseTakeoverAfter)} if that host has stopped).";
        Assert.StartsWith(waiting, answer.QuerySelector("#status-message")!.TextContent.Trim());
        Assert.Equal(waiting, answer.QuerySelector("#run-situation")!.TextContent.Trim());
        Assert.Null(await ServicingHost.WithServicingAsync(factory, db => db.CloseOfBusinessRuns.FirstOrDefaultAsync(ct)));
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    private static string Snapshot(LoanAccount loan) =>
        $"{loan.ClosedThrough} {loan.DaysPastDue} {loan.Bucket} {loan.AccruedInterest} {loan.EarlyWarningScore} {loan.Status} "
        + string.Join(';', loan.Installments.OrderBy(i => i.Number).Select(i => $"{i.Status}/{i.Fee}"));

    private static async Task<List<DelinquencyChangedIntegrationEvent>> BucketEventsAsync(
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Access.AccessDbContext> factory, Guid loanId) =>
        await ServicingHost.WithServicingAsync(factory, async db =>
            (await db.OutboxMessages.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken))
            .Select(m => m.ToEvent()).OfType<DelinquencyChangedIntegrationEvent>().Where(e => e.LoanId == loanId).ToList());

    private static async Task<CloseOfBusinessRun> WaitForRunAsync(
        Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Access.AccessDbContext> factory, DateOnly date, RunStatus status)
    {
        _ = factory.Server;
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var run = await ServicingHost.WithServicingAsync(factory,
                db => db.CloseOfBusinessRuns.AsNoTracking().FirstOrDefaultAsync(r => r.BusinessDate == date, TestContext.Current.CancellationToken));
            if (run?.Status == status)
            {
                return run;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"The close of business for {date} did not reach {status}.");
    }

    /// <summary>The run is recorded complete a moment before its host gives the lease back.</summary>
    private static async Task WaitForLeaseGivenBackAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Access.AccessDbContext> factory)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var lease = await ServicingHost.WithServicingAsync(factory, db => db.RunLeases.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken));
            if (lease.IsFree)
            {
                return;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The close-of-business lease was not given back.");
    }

    /// <summary>A restarted host that takes a silent holder's lease over after one second.</summary>
    private sealed class QuickTakeoverFactory(string folder) : BackOfficeFactory(folder, ownsData: true)
    {
        protected override IReadOnlyDictionary<string, string?> Settings
            => new Dictionary<string, string?> { ["Servicing:CloseOfBusiness:LeaseTakeoverAfter"] = "00:00:01" };
    }

    /// <summary>A host whose run commits one loan per batch, so a crash can fall between two of them.</summary>
    private sealed class OneLoanPerBatchFactory(string folder) : BackOfficeFactory(folder, ownsData: false)
    {
        protected override IReadOnlyDictionary<string, string?> Settings
            => new Dictionary<string, string?> { ["Servicing:CloseOfBusiness:BatchSize"] = "1" };
    }

    [Fact]
    public async Task Only_the_host_holding_the_lease_runs_the_close_of_business_and_a_host_that_stopped_loses_it_after_the_takeover_time()
    {
        await using var factory = new BusinessClockFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        // Another host on the same database, with its own identity, starts a run and then stops without a word.
        var otherHost = new CloseOfBusinessLease(
            services.GetRequiredService<BackOffice.Servicing.Persistence.ServicingDbContext>(),
                services.GetRequiredService<BackOffice.BuildingBlocks.Persistence.SqliteWriteGate>(),
            new HostInstance(), services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CloseOfBusinessOptions>>(), factory.Clock);
        Assert.True(await otherHost.TryTakeAsync(ct));

        var runner = services.GetRequiredService<CloseOfBusinessRunner>();
        Assert.Empty(await runner.RunThroughAsync(loan.BookedOn.AddDays(3), "test", ct));
        Assert.Null(await runner.LastClosedDateAsync(ct));

        factory.Clock.Advance(new CloseOfBusinessOptions().LeaseTakeoverAfter);
        var run = Assert.Single(await runner.RunThroughAsync(loan.BookedOn.AddDays(3), "test", ct));
        Assert.Equal(RunStatus.Completed, run.Status);

        // The host that stopped cannot renew a lease it lost; it may take the lease again once it is free.
        Assert.False(await otherHost.RenewAsync(ct));
        Assert.True(await otherHost.TryTakeAsync(ct));
    }
}
