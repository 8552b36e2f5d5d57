using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

public sealed class CnPackTests
{
    [Theory]
    [InlineData("2026-12-01 21:59", false)]
    [InlineData("2026-12-01 22:00", true)]
    [InlineData("2026-12-01 22:30", true)]
    [InlineData("2026-12-02 07:59", true)]
    [InlineData("2026-12-02 08:00", false)]
    public void Call_between_2200_and_0800_borrower_time_is_blocked_in_CN_pack(string local, bool blocked) =>
        Assert.Equal(blocked, Rules(Call(At(local)), Facts(), Cn).Contains("CN.quiet-hours"));

    [Fact]
    public void Quiet_hours_follow_the_borrowers_time_zone_not_the_servers()
    {
        // 13:00 UTC: 21:00 for a borrower in Shanghai, 22:00 for one in Tokyo; the server's clock says neither.
        var instant = new DateTimeOffset(2026, 12, 1, 13, 0, 0, TimeSpan.Zero);

        Assert.Empty(Rules(Call(instant), Facts(), Cn));
        Assert.Contains("CN.quiet-hours", Rules(Call(instant), Facts("Asia/Tokyo"), Cn));
    }

    [Fact]
    public void A_time_the_borrower_consented_to_opens_the_quiet_hours()
    {
        var consent = new BorrowerChoices(Consented: [new TimeWindow(new TimeOnly(22, 0), new TimeOnly(23, 0))]);

        Assert.Empty(Rules(Call(At("2026-12-01 22:30")), Facts(choices: consent), Cn));
    }

    [Fact]
    public void Third_connected_call_of_the_day_is_allowed_and_the_fourth_blocked()
    {
        var history = new List<PastContact>
        {
            Called(At("2026-12-01 09:00"), ContactOutcome.RightParty), Called(At("2026-12-01 10:00"), ContactOutcome.PromiseToPay),
        };

        Assert.Empty(Rules(Call(At("2026-12-01 11:00")), Facts(history: history), Cn));
        history.Add(Called(At("2026-12-01 11:00"), ContactOutcome.Refused));
        Assert.Contains("CN.connected-calls-per-day", Rules(Call(At("2026-12-01 12:00")), Facts(history: history), Cn));
        Assert.Empty(Rules(Call(At("2026-12-02 09:00")), Facts(history: history), Cn));
    }

    [Fact]
    public void Calls_by_other_collectors_count_toward_the_debtors_daily_limit()
    {
        PastContact[] history = [Called(At("2026-12-01 09:00"), ContactOutcome.RightParty),
            Called(At("2026-12-01 09:30"), ContactOutcome.RightParty), Called(At("2026-12-01 10:00"), ContactOutcome.RightParty)];

        Assert.Contains("CN.connected-calls-per-day", Rules(Call(At("2026-12-01 15:00"), collector: "another"), Facts(history: history), Cn));
    }

    [Fact]
    public void Unanswered_dials_do_not_use_up_connected_calls_but_the_seventh_dial_to_a_number_is_blocked()
    {
        var history = Enumerable.Range(0, 5).Select(i => Called(At("2026-12-01 09:00").AddMinutes(10 * i), ContactOutcome.NoAnswer)).ToList();

        Assert.Empty(Rules(Call(At("2026-12-01 11:00")), Facts(history: history), Cn));
        history.Add(Called(At("2026-12-01 11:00"), ContactOutcome.NoAnswer));
        Assert.Equal(["CN.dials-per-number"], Rules(Call(At("2026-12-01 12:00")), Facts(history: history), Cn));
        Assert.Empty(Rules(Call(At("2026-12-01 12:00"), number: "+8613800000002"), Facts(history: history), Cn));
    }

    [Fact]
    public void A_clearance_not_yet_used_counts_so_two_collectors_cannot_both_take_the_last_call()
    {
        PastContact[] history = [Called(At("2026-12-01 09:00"), ContactOutcome.RightParty),
            Called(At("2026-12-01 10:00"), ContactOutcome.RightParty), Called(At("2026-12-01 10:59"), ContactOutcome.Pending)];

        Assert.Contains("CN.connected-calls-per-day", Rules(Call(At("2026-12-01 11:00"), collector: "c2"), Facts(history: history), Cn));
    }

    [Fact]
    public void Third_party_is_refused_while_the_debtor_is_reachable_and_allowed_after_three_failed_contacts()
    {
        var relative = Guid.NewGuid();
        var request = new ContactRequest("c1", Party.ThirdParty, relative, ContactMethod.Call, "+8613900000009", At("2026-12-01 10:00"));
        var history = new List<PastContact>
        {
            Called(At("2026-11-30 09:00"), ContactOutcome.NoAnswer), Called(At("2026-11-30 12:00"), ContactOutcome.WrongNumber),
        };

        Assert.Contains("CN.third-party-debtor-reachable", Rules(request, Facts(history: history), Cn));
        history.Add(Called(At("2026-11-30 15:00"), ContactOutcome.NoAnswer));
        Assert.Empty(Rules(request, Facts(history: history), Cn));
        Assert.Empty(Rules(request, Facts(numbersInvalid: true), Cn));
    }

    [Fact]
    public void Third_party_who_refused_is_never_contacted_again()
    {
        var relative = Guid.NewGuid();
        var request = new ContactRequest("c1", Party.ThirdParty, relative, ContactMethod.Call, "+8613900000009", At("2026-12-01 10:00"));

        Assert.Contains("CN.third-party-refused", Rules(
            request, Facts(numbersInvalid: true, choices: new BorrowerChoices(RefusedThirdParties: new HashSet<Guid> { relative })), Cn));
    }

    [Fact]
    public void Visit_needs_a_second_certified_collector()
    {
        var alone = new ContactRequest("c1", Party.Debtor, null, ContactMethod.Visit, "1 Chang'an Avenue", At("2026-12-01 10:00"));

        Assert.Contains("visit-two-collectors", Rules(alone, Facts(), Cn));
        Assert.Contains("visit-two-collectors", Rules(alone with { SecondCollectorId = "c2" }, Facts(secondCertified: false), Cn));
        Assert.Contains("visit-two-collectors", Rules(alone with { SecondCollectorId = "c1" }, Facts(), Cn));
        Assert.Empty(Rules(alone with { SecondCollectorId = "c2" }, Facts(), Cn));
    }

    [Fact]
    public void Visit_needs_an_approval_and_the_notice_period_to_have_run()
    {
        var visit = new ContactRequest("c1", Party.Debtor, null, ContactMethod.Visit, "1 Chang'an Avenue", At("2026-12-08 10:00"), "c2");

        Assert.Contains("visit-approval", Rules(visit, Facts(noVisitApproved: true), Cn));
        Assert.Contains("visit-notice-period", Rules(visit, Facts(visitFrom: new DateOnly(2026, 12, 9)), Cn));
        Assert.Empty(Rules(visit, Facts(visitFrom: new DateOnly(2026, 12, 8)), Cn));
    }

    [Theory]
    [InlineData("2026-12-01 08:59", true)]
    [InlineData("2026-12-01 09:00", false)]
    [InlineData("2026-12-01 17:59", false)]
    [InlineData("2026-12-01 18:00", true)]
    public void Visit_only_in_daytime(string local, bool blocked)
    {
        var visit = new ContactRequest("c1", Party.Debtor, null, ContactMethod.Visit, "1 Chang'an Avenue", At(local), "c2");

        Assert.Equal(blocked, Rules(visit, Facts(), Cn).Contains("visit-daytime"));
    }

    [Fact]
    public void Nothing_after_a_cease_request_during_a_dispute_in_a_plan_or_without_certification()
    {
        var at = At("2026-12-01 10:00");

        Assert.Contains("cease-request", Rules(Call(at), Facts(choices: new BorrowerChoices(CeaseRequestedAt: at.AddDays(-1))), Cn));
        Assert.Empty(Rules(Call(at), Facts(choices: new BorrowerChoices(CeaseRequestedAt: at.AddMinutes(1))), Cn));
        Assert.Contains("dispute", Rules(Call(at), Facts(choices: new BorrowerChoices(DisputeOpenedAt: at.AddDays(-3))), Cn));
        Assert.Contains("plan-in-force", Rules(Call(at), Facts(planInForce: true), Cn));
        Assert.Contains("certification", Rules(Call(at), Facts(certified: false), Cn));
        Assert.Contains("legal-representation", Rules(Call(at), Facts(choices: new BorrowerChoices(RepresentedSince: at.AddDays(-1))), Cn));
        Assert.Contains("medium-opted-out", Rules(
            Call(at), Facts(choices: new BorrowerChoices(OptedOut: new HashSet<ContactMethod> { ContactMethod.Call })), Cn));
    }

    [Fact]
    public void Every_refusal_says_why_in_words()
    {
        var refusals = ConductGuard.Check(Call(At("2026-12-01 22:30")), Facts(planInForce: true), Cn);

        Assert.Equal(2, refusals.Count);
        Assert.All(refusals, r => Assert.False(string.IsNullOrWhiteSpace(r.Reason)));
        Assert.Contains(refusals, r => r.Reason.Contains("22:30", StringComparison.Ordinal));
    }
}
