using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

public sealed class UsPackTests
{
    [Theory]
    [InlineData("2026-12-01 07:59", true)]
    [InlineData("2026-12-01 08:00", false)]
    [InlineData("2026-12-01 20:59", false)]
    [InlineData("2026-12-01 21:00", true)]
    public void Call_before_0800_or_after_2100_consumer_time_is_inconvenient_in_US_pack(string local, bool blocked) =>
        Assert.Equal(blocked, Rules(Call(At(local, NewYork)), Facts(NewYork), Us).Contains("US.quiet-hours"));

    [Fact]
    public void Daylight_saving_change_moves_the_allowed_hours_with_the_consumers_clock()
    {
        // 8 March 2026: New York moves from UTC-5 to UTC-4. 12:30 UTC is 07:30 before the change and 08:30 after.
        var beforeChange = new DateTimeOffset(2026, 3, 7, 12, 30, 0, TimeSpan.Zero);
        var afterChange = new DateTimeOffset(2026, 3, 9, 12, 30, 0, TimeSpan.Zero);

        Assert.Contains("US.quiet-hours", Rules(Call(beforeChange), Facts(NewYork), Us));
        Assert.Empty(Rules(Call(afterChange), Facts(NewYork), Us));
    }

    [Fact]
    public void A_time_the_consumer_names_inconvenient_is_binding()
    {
        var choices = new BorrowerChoices(Inconvenient: [new TimeWindow(new TimeOnly(12, 0), new TimeOnly(14, 0))]);

        Assert.Contains("inconvenient-time", Rules(Call(At("2026-12-01 12:30", NewYork)), Facts(NewYork, choices), Us));
        Assert.Empty(Rules(Call(At("2026-12-01 14:00", NewYork)), Facts(NewYork, choices), Us));
    }

    [Fact]
    public void Seventh_call_in_seven_days_is_allowed_and_the_eighth_blocked()
    {
        var monday = At("2026-11-23 10:00", NewYork);
        var history = Enumerable.Range(0, 6).Select(d => Called(monday.AddDays(d), ContactOutcome.NoAnswer)).ToList();

        Assert.Empty(Rules(Call(monday.AddDays(6)), Facts(NewYork, history: history), Us));
        history.Add(Called(monday.AddDays(6), ContactOutcome.NoAnswer));
        Assert.Contains("US.calls-in-seven-days", Rules(Call(monday.AddDays(6).AddHours(2)), Facts(NewYork, history: history), Us));
        Assert.Empty(Rules(Call(monday.AddDays(7).AddMinutes(1)), Facts(NewYork, history: history), Us));
    }

    [Fact]
    public void Calls_not_connected_and_calls_with_consent_do_not_count_toward_seven_in_seven()
    {
        var monday = At("2026-11-23 10:00", NewYork);
        var history = Enumerable.Range(0, 7)
            .Select(d => Called(monday.AddDays(d % 6), d % 2 == 0 ? ContactOutcome.NotConnected : ContactOutcome.NoAnswer)).ToList();
        history.Add(Called(monday.AddDays(5), ContactOutcome.NoAnswer, consented: true));

        Assert.Empty(Rules(Call(monday.AddDays(6)), Facts(NewYork, history: history), Us));
    }

    [Fact]
    public void No_call_within_seven_days_after_a_telephone_conversation()
    {
        PastContact[] history = [Called(At("2026-11-23 10:00", NewYork), ContactOutcome.RightParty)];

        Assert.Contains("US.after-conversation", Rules(Call(At("2026-11-29 20:59", NewYork)), Facts(NewYork, history: history), Us));
        Assert.Empty(Rules(Call(At("2026-11-30 08:00", NewYork)), Facts(NewYork, history: history), Us));
    }

    [Fact]
    public void Third_party_may_be_asked_for_location_once()
    {
        var neighbour = Guid.NewGuid();
        var request = new ContactRequest("c1", Party.ThirdParty, neighbour, ContactMethod.Call, "+12125550100", At("2026-12-01 10:00", NewYork));
        PastContact[] asked = [new(
            At("2026-11-20 10:00", NewYork), ContactMethod.Call, Party.ThirdParty, neighbour, "+12125550100", ContactOutcome.ThirdParty)];

        Assert.Empty(Rules(request, Facts(NewYork), Us));
        Assert.Contains("US.third-party-once", Rules(request, Facts(NewYork, history: asked), Us));
    }

    [Fact]
    public void Validation_notice_within_5_days_of_the_first_communication_or_nothing_but_the_notice_itself()
    {
        var first = At("2026-12-01 10:00", NewYork);
        var facts = Facts(NewYork) with { FirstCommunicationAt = first };

        Assert.DoesNotContain("US.validation-notice", Rules(Call(first.AddDays(5)), facts, Us));
        Assert.Contains("US.validation-notice", Rules(Call(first.AddDays(5).AddMinutes(1)), facts, Us));
        Assert.Contains("US.validation-notice", Rules(Call(first.AddDays(5).AddMinutes(1)) with { Method = ContactMethod.Sms }, facts, Us));
        var letter = Call(first.AddDays(9)) with { Method = ContactMethod.Letter };
        Assert.DoesNotContain("US.validation-notice", Rules(letter with { TemplateKey = MessageTemplates.ValidationNotice }, facts, Us));
        Assert.Contains("US.validation-notice", Rules(letter with { TemplateKey = "payment-reminder" }, facts, Us));
        Assert.Contains("US.validation-notice", Rules(letter, facts, Us));
        Assert.DoesNotContain("US.validation-notice", Rules(Call(first.AddDays(9)), facts with { ValidationNoticeSentAt = first.AddDays(2) }, Us));
    }

    [Fact]
    public void Validation_notice_is_a_US_rule_and_waits_for_a_first_communication()
    {
        var first = At("2026-12-01 10:00", Shanghai);

        Assert.DoesNotContain("US.validation-notice", Rules(Call(first.AddDays(9)), Facts() with { FirstCommunicationAt = first }, Cn));
        Assert.DoesNotContain("US.validation-notice", Rules(Call(At("2026-12-10 10:00", NewYork)), Facts(NewYork), Us));
    }
}
