using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

/// <summary>The collection account follows Servicing's arrears: newest fact wins, nothing overdue leaves the queue, arrears back reopen.</summary>
public sealed class CurrentAmountsTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);
    private static readonly CollectionStrategy Strategy = new();

    private static CollectionAccount Delinquent(int daysPastDue = 5, decimal overdue = 2_474.69m)
    {
        var account = new CollectionAccount(Guid.NewGuid(), "L-1", Day);
        account.Follow(Day, "1-29", daysPastDue, overdue, 10_000m, 0, "cured", Strategy);
        account.AssignTo("c1", DateTimeOffset.UnixEpoch);
        return account;
    }

    [Fact]
    public void Nothing_overdue_closes_the_account_as_paid_at_once_and_takes_it_off_the_collectors_list()
    {
        var account = Delinquent();

        account.Follow(Day, "1-29", 0, 0m, 9_000m, 0, "paid", Strategy);

        Assert.Equal(CollectionAccountStatus.Closed, account.Status);
        Assert.Equal("paid", account.CloseReason);
        Assert.Null(account.AssignedTo);
        Assert.Equal((0, 0m), (account.DaysPastDue, account.AmountOverdue));
    }

    [Fact]
    public void A_plan_that_leaves_nothing_overdue_keeps_the_account_stood_down_not_closed()
    {
        var account = Delinquent();
        account.StandDown();

        account.Follow(Day, "1-29", 0, 0m, 10_000m, 0, "paid", Strategy);

        Assert.Equal(CollectionAccountStatus.StoodDown, account.Status);
        Assert.Equal(0m, account.AmountOverdue);
    }

    [Fact]
    public void One_cent_still_overdue_keeps_the_account_open()
    {
        var account = Delinquent();

        account.Follow(Day, "1-29", 5, 0.01m, 9_000m, 0, "paid", Strategy);

        Assert.Equal(CollectionAccountStatus.Open, account.Status);
        Assert.Equal(0.01m, account.AmountOverdue);
    }

    [Fact]
    public void Arrears_coming_back_after_a_reversal_reopen_a_paid_account()
    {
        var account = Delinquent();
        account.Follow(Day, "1-29", 0, 0m, 9_000m, 0, "paid", Strategy);

        account.Follow(Day, "1-29", 5, 2_474.69m, 10_000m, 0, "paid", Strategy);

        Assert.Equal(CollectionAccountStatus.Open, account.Status);
        Assert.Null(account.CloseReason);
        Assert.Equal(2_474.69m, account.AmountOverdue);
    }

    [Fact]
    public void An_older_fact_delivered_late_does_not_overwrite_a_newer_one()
    {
        var account = Delinquent();
        account.Follow(Day.AddDays(3), "1-29", 8, 2_500m, 10_000m, 0, "paid", Strategy);

        account.Follow(Day.AddDays(2), "1-29", 7, 2_474.69m, 10_000m, 0, "paid", Strategy);

        Assert.Equal((8, 2_500m, Day.AddDays(3)), (account.DaysPastDue, account.AmountOverdue, account.AsOf));
    }

    [Fact]
    public void A_payment_on_the_same_business_date_after_the_close_applies()
    {
        var account = Delinquent(daysPastDue: 28);

        account.Follow(Day, "1-29", 28, 1_000m, 9_500m, 0, "paid", Strategy);

        Assert.Equal(1_000m, account.AmountOverdue);
    }

    [Fact]
    public void The_strategy_places_the_account_again_as_days_past_due_grow()
    {
        var account = Delinquent(daysPastDue: 29, overdue: 100m);
        Assert.Equal("early", account.Queue);

        account.Follow(Day.AddDays(1), "1-29", 30, 100m, 10_000m, 0, "paid", Strategy);

        Assert.Equal(("mid", 50), (account.Queue, account.Priority));
    }

    [Fact]
    public void Nothing_overdue_refuses_a_collection_contact_in_both_packs()
    {
        var facts = Facts() with { NothingOverdue = true };

        Assert.Contains("nothing-overdue", Rules(Call(At("2026-12-01 10:00")), facts, Cn));
        Assert.Contains("nothing-overdue", Rules(Call(At("2026-12-01 10:00", NewYork)), facts with { TimeZone = NewYork }, Us));
        Assert.DoesNotContain("nothing-overdue", Rules(Call(At("2026-12-01 10:00")), Facts(), Cn));
        var refusal = ConductGuard.Check(Call(At("2026-12-01 10:00")), facts, Cn).Single(r => r.Rule == "nothing-overdue");
        Assert.Contains("没有逾期", refusal.ReasonZh, StringComparison.Ordinal);
    }
}
