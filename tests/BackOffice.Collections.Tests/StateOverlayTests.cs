using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using Microsoft.Extensions.Configuration;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

/// <summary>
/// The US state overlay: Massachusetts, 940 CMR 7.04(1)(f), at most two telephone communications (calls, texts,
/// recorded messages) initiated with the debtor in each seven-day period, counted on the borrower's calendar days.
/// </summary>
public sealed class StateOverlayTests
{
    private const string Boston = NewYork;
    private const string Massachusetts = "US.MA.telephone-communications";

    private static GuardFacts InMassachusetts(params PastContact[] history) => Facts(Boston, history: history, region: "MA");

    [Fact]
    public void Massachusetts_telephone_communications_the_second_in_7_days_is_allowed_the_third_refused_and_day_8_allowed()
    {
        var called = Called(At("2026-11-23 10:00", Boston), ContactOutcome.NoAnswer);

        Assert.Empty(Rules(Sms(At("2026-11-24 10:00", Boston)), InMassachusetts(called), Us));
        var facts = InMassachusetts(called, Texted(At("2026-11-24 10:00", Boston)));
        Assert.Contains(Massachusetts, Rules(Call(At("2026-11-29 20:59", Boston)), facts, Us));
        Assert.Contains(Massachusetts, Rules(Sms(At("2026-11-29 20:59", Boston)), facts, Us));
        Assert.DoesNotContain(Massachusetts, Rules(Call(At("2026-11-30 00:00", Boston)), facts, Us));
        Assert.Empty(Rules(Call(At("2026-11-30 08:00", Boston)), facts, Us));
    }

    [Fact]
    public void Massachusetts_telephone_communications_count_unanswered_calls_but_not_calls_never_connected_or_asked_for()
    {
        var facts = InMassachusetts(
            Called(At("2026-11-23 10:00", Boston), ContactOutcome.NoAnswer),
            Called(At("2026-11-24 10:00", Boston), ContactOutcome.NotConnected),
            Called(At("2026-11-24 11:00", Boston), ContactOutcome.NoAnswer, consented: true));

        Assert.DoesNotContain(Massachusetts, Rules(Call(At("2026-11-25 10:00", Boston)), facts, Us));
        var twoUnanswered = InMassachusetts([.. facts.History, Called(At("2026-11-25 10:00", Boston), ContactOutcome.NoAnswer)]);
        Assert.Contains(Massachusetts, Rules(Call(At("2026-11-26 10:00", Boston)), twoUnanswered, Us));
    }

    [Fact]
    public void State_overlay_binds_only_a_debtor_in_that_state_and_only_in_the_US_pack()
    {
        PastContact[] two = [Called(At("2026-11-23 10:00", Boston), ContactOutcome.NoAnswer), Texted(At("2026-11-24 10:00", Boston))];

        Assert.DoesNotContain(Massachusetts, Rules(Call(At("2026-11-25 10:00", Boston)), Facts(Boston, history: two), Us));
        Assert.DoesNotContain(Massachusetts, Rules(Call(At("2026-11-25 10:00", Boston)), Facts(Boston, history: two, region: "NY"), Us));
        Assert.DoesNotContain(Massachusetts, Rules(Call(At("2026-11-25 10:00", Boston)), Facts(Boston, history: two, region: "MA"), Cn));
        Assert.Contains(Massachusetts, Rules(Call(At("2026-11-25 10:00", Boston)), Facts(Boston, history: two, region: "ma"), Us));
    }

    [Fact]
    public void State_overlay_is_configuration_a_state_limit_of_3_allows_the_third()
    {
        var policy = new ConductPolicy { Pack = "US" };
        policy.States["MA"] = new StateConductRules { MaxTelephoneCommunicationsInSevenDays = 3, Citation = "940 CMR 7.04(1)(f)" };
        var facts = InMassachusetts(Called(At("2026-11-23 10:00", Boston), ContactOutcome.NoAnswer), Texted(At("2026-11-24 10:00", Boston)));

        Assert.DoesNotContain(Massachusetts, Rules(Call(At("2026-11-25 10:00", Boston)), facts, policy));
        Assert.Equal(2, Us.StateRulesFor("MA")!.MaxTelephoneCommunicationsInSevenDays);
    }

    [Fact]
    public void State_overlay_and_limits_bind_from_the_Collections_Conduct_section()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Collections:Conduct:States:MA:MaxTelephoneCommunicationsInSevenDays"] = "3",
            ["Collections:Conduct:States:CT:MaxTelephoneCommunicationsInSevenDays"] = "5",
            ["Collections:Conduct:UsLimits:SmsPerDebtorPerWeek"] = "2",
        }).Build();

        var policy = configuration.GetSection(ConductPolicy.SectionName).Get<ConductPolicy>()!;
        policy.Pack = "US";

        Assert.Equal((3, "940 CMR 7.04(1)(f)"), (policy.StateRulesFor("ma")!.MaxTelephoneCommunicationsInSevenDays, policy.StateRulesFor("MA")!.Citation));
        Assert.Equal(5, policy.StateRulesFor("CT")!.MaxTelephoneCommunicationsInSevenDays);
        Assert.Equal((2, 3), (policy.UsLimits.SmsPerDebtorPerWeek, policy.CnLimits.SmsPerDebtorPerWeek));
    }

    [Fact]
    public void Work_page_summary_shows_the_state_limit_of_calls_and_texts_with_its_citation()
    {
        var summary = ConductGuard.Summarise(InMassachusetts(Texted(At("2026-11-24 10:00", Boston))), Us, At("2026-11-25 10:00", Boston));

        Assert.Equal((1, 2, "940 CMR 7.04(1)(f)"), (summary.CallsLeft, summary.CallsAllowed, summary.StateRule));
        Assert.Null(ConductGuard.Summarise(Facts(Boston), Us, At("2026-11-25 10:00", Boston)).StateRule);
    }
}
