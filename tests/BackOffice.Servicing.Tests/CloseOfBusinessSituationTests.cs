using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

/// <summary>What the operations page and the Start button say, from the lease and the unfinished run, seen from one host.</summary>
public sealed class CloseOfBusinessSituationTests
{
    private const string Here = "here:1:aa";
    private const string Elsewhere = "there:2:bb";
    private static readonly TimeSpan TakeoverAfter = TimeSpan.FromSeconds(15);
    private static readonly DateTimeOffset Heartbeat = new(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Date = new(2026, 11, 30);

    [Fact]
    public void Another_hosts_run_is_waited_for_until_one_tick_before_the_takeover_time_and_interrupted_from_it()
    {
        var lease = new RunLease(RunLease.CloseOfBusiness, Elsewhere, Heartbeat);
        var run = RunAt(closed: 400, of: 1_000);

        var waiting = CloseOfBusinessSituation.Of(lease, run, Here, Heartbeat + TakeoverAfter - TimeSpan.FromTicks(1), TakeoverAfter);
        var interrupted = CloseOfBusinessSituation.Of(lease, run, Here, Heartbeat + TakeoverAfter, TakeoverAfter);

        Assert.Equal(CloseOfBusinessActivity.WaitingForHost, waiting.Activity);
        Assert.Equal("there:2", waiting.Holder);
        Assert.Equal(Heartbeat + TakeoverAfter, waiting.TakeoverAt);
        Assert.Equal(CloseOfBusinessActivity.Interrupted, interrupted.Activity);
        Assert.Equal((Date, 400, 1_000), (interrupted.Date, interrupted.Closed, interrupted.ToClose));
    }

    [Fact]
    public void The_lease_held_here_is_a_run_on_this_host_however_old_its_heartbeat()
    {
        var situation = CloseOfBusinessSituation.Of(new RunLease(RunLease.CloseOfBusiness, Here, Heartbeat), RunAt(closed: 10, of: 20), Here,
            Heartbeat + TimeSpan.FromHours(1), TakeoverAfter);

        Assert.Equal(CloseOfBusinessActivity.RunningHere, situation.Activity);
        Assert.Equal((10, 20), (situation.Closed, situation.ToClose));
    }

    [Fact]
    public void A_free_lease_with_no_unfinished_run_is_idle_and_with_one_is_interrupted()
    {
        var free = new RunLease(RunLease.CloseOfBusiness, "", DateTimeOffset.UnixEpoch);

        Assert.Equal(CloseOfBusinessActivity.Idle, CloseOfBusinessSituation.Of(free, null, Here, Heartbeat, TakeoverAfter).Activity);
        Assert.Equal(CloseOfBusinessActivity.Interrupted, CloseOfBusinessSituation.Of(free, RunAt(1, 2), Here, Heartbeat, TakeoverAfter).Activity);
    }

    [Fact]
    public void A_run_taken_up_unfinished_records_where_it_resumed_and_a_completed_date_run_again_does_not()
    {
        var run = new CloseOfBusinessRun(Date, "operator", Heartbeat);
        Assert.False(run.Restart(1_000, "operator"));
        run.Count(400, 0, 0, 0, 0, 0m);

        Assert.True(run.Restart(600, "schedule"));
        Assert.Equal(400, run.ResumedAt);
        Assert.Equal(1_000, run.LoansToClose);

        run.Count(600, 0, 0, 0, 0, 0m);
        run.Complete(Heartbeat);
        Assert.False(run.Restart(0, "operator"));
        Assert.Equal(400, run.ResumedAt);
    }

    private static CloseOfBusinessRun RunAt(int closed, int of)
    {
        var run = new CloseOfBusinessRun(Date, "operator", Heartbeat);
        run.Restart(of, "operator");
        run.Count(closed, 0, 0, 0, 0, 0m);
        return run;
    }
}
