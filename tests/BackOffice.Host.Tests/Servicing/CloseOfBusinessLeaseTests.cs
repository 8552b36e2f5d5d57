using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Tests.Servicing;

/// <summary>
/// The close-of-business lease on the real database and the tests' clock: one winner among racing hosts, a silent
/// holder taken over at exactly the takeover time, a live holder kept by its heartbeat, a loser fenced off.
/// </summary>
public sealed class CloseOfBusinessLeaseTests
{
    private static readonly TimeSpan TakeoverAfter = new CloseOfBusinessOptions().LeaseTakeoverAfter;

    [Fact]
    public async Task Concurrent_takers_of_a_free_lease_and_of_a_silent_one_make_exactly_one_winner_each_time()
    {
        await using var factory = new BusinessClockFactory();
        _ = factory.Server;
        var ct = TestContext.Current.CancellationToken;

        var firstRound = await RaceAsync(factory, hosts: 20);
        Assert.Single(firstRound, won => won);

        factory.Clock.Advance(TakeoverAfter);
        var secondRound = await RaceAsync(factory, hosts: 20);
        Assert.Single(secondRound, won => won);
        await using var scope = factory.Services.CreateAsyncScope();
        var lease = await scope.ServiceProvider.GetRequiredService<ServicingDbContext>().RunLeases.AsNoTracking().SingleAsync(ct);
        Assert.Equal(factory.Clock.GetUtcNow(), lease.HeartbeatAt);
    }

    [Fact]
    public async Task A_silent_holder_is_taken_over_at_exactly_the_takeover_time_and_not_a_tick_before()
    {
        await using var factory = new BusinessClockFactory();
        var ct = TestContext.Current.CancellationToken;
        await using var scope = factory.Services.CreateAsyncScope();
        var stopped = OtherHost(factory, scope);
        var here = scope.ServiceProvider.GetRequiredService<CloseOfBusinessLease>();
        Assert.True(await stopped.TryTakeAsync(ct));

        factory.Clock.Advance(TakeoverAfter - TimeSpan.FromTicks(1));
        Assert.False(await here.TryTakeAsync(ct));

        factory.Clock.Advance(TimeSpan.FromTicks(1));
        Assert.True(await here.TryTakeAsync(ct));
        Assert.False(await stopped.RenewAsync(ct));
    }

    [Fact]
    public async Task A_holder_that_keeps_beating_is_never_taken_over()
    {
        await using var factory = new BusinessClockFactory();
        var ct = TestContext.Current.CancellationToken;
        await using var scope = factory.Services.CreateAsyncScope();
        var holder = scope.ServiceProvider.GetRequiredService<CloseOfBusinessLease>();
        var other = OtherHost(factory, scope);
        Assert.True(await holder.TryTakeAsync(ct));

        // The timer heartbeat a run keeps while its batches go on, on the tests' clock: many takeover times pass.
        var options = scope.ServiceProvider.GetRequiredService<IOptions<CloseOfBusinessOptions>>().Value;
        await using (LeaseHeartbeat.Start(factory.Services.GetRequiredService<IServiceScopeFactory>(), options.HeartbeatEvery, factory.Clock,
            NullLogger.Instance))
        {
            for (var beat = 0; beat < 9; beat++)
            {
                factory.Clock.Advance(options.HeartbeatEvery);
                await HeartbeatAtAsync(factory, factory.Clock.GetUtcNow());
                Assert.False(await other.TryTakeAsync(ct));
            }
        }

        factory.Clock.Advance(TakeoverAfter);
        Assert.True(await other.TryTakeAsync(ct));
    }

    [Fact]
    public async Task A_host_that_lost_the_lease_cannot_commit_its_batch()
    {
        await using var factory = new BusinessClockFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        var ct = TestContext.Current.CancellationToken;
        await using var scope = factory.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<CloseOfBusinessRunner>();
        Assert.True(await scope.ServiceProvider.GetRequiredService<CloseOfBusinessLease>().TryTakeAsync(ct));
        var date = loan.BookedOn.AddDays(1);
        var run = await runner.BeginAsync(date, "test", ct);

        // This host froze past the takeover time; another took the run over.
        factory.Clock.Advance(TakeoverAfter);
        await using var otherScope = factory.Services.CreateAsyncScope();
        Assert.True(await OtherHost(factory, otherScope).TryTakeAsync(ct));

        await Assert.ThrowsAsync<LeaseLostException>(() => runner.CloseBatchAsync(run, date, ct));
        Assert.Equal(loan.ClosedThrough, (await ServicingHost.LoanAsync(factory, loan.Id)).ClosedThrough);
    }

    /// <summary>Another process on the same database: its own identity, its own write gate (SQLite's lock is all they share).</summary>
    private static CloseOfBusinessLease OtherHost(BusinessClockFactory factory, AsyncServiceScope scope) =>
        new(scope.ServiceProvider.GetRequiredService<ServicingDbContext>(), new SqliteWriteGate(TimeSpan.FromSeconds(5)), new HostInstance(),
            scope.ServiceProvider.GetRequiredService<IOptions<CloseOfBusinessOptions>>(), factory.Clock);

    private static async Task<bool[]> RaceAsync(BusinessClockFactory factory, int hosts)
    {
        var scopes = Enumerable.Range(0, hosts).Select(_ => factory.Services.CreateAsyncScope()).ToList();
        try
        {
            var takers = scopes.Select(scope => OtherHost(factory, scope)).ToList();
            var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var races = takers.Select(taker => Task.Run(async () =>
            {
                await start.Task;
                return await taker.TryTakeAsync(TestContext.Current.CancellationToken);
            })).ToList();
            start.SetResult();
            return await Task.WhenAll(races);
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
    }

    private static async Task HeartbeatAtAsync(BusinessClockFactory factory, DateTimeOffset expected)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var lease = await ServicingHost.WithServicingAsync(factory,
                db => db.RunLeases.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken));
            if (lease.HeartbeatAt == expected)
            {
                return;
            }

            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException($"The heartbeat did not reach {expected:O}.");
    }
}
