using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using static BackOffice.Collections.Tests.Guard;

namespace BackOffice.Collections.Tests;

/// <summary>
/// Reg F §1006.14(b)(2)(i) counts 7 consecutive calendar days in the consumer's time zone, the day of the call or the
/// conversation being day 1: a call on day D is presumed a violation with 7 counted calls on days D-6 to D, or a
/// conversation on any of them. (00:00 is inside the quiet hours: the edge tests ask only about the frequency rules.)
/// </summary>
public sealed class UsCalendarDaysTests
{
    private const string SevenInSeven = "US.calls-in-seven-days";
    private const string AfterConversation = "US.after-conversation";

    [Fact]
    public void Calls_in_seven_days_the_seventh_call_of_days_1_to_7_is_allowed_and_the_eighth_refused_until_day_8()
    {
        var history = Enumerable.Range(0, 6).Select(d => Called(At("2026-11-23 10:00", NewYork).AddDays(d), ContactOutcome.NoAnswer)).ToList();

        Assert.DoesNotContain(SevenInSeven, Rules(Call(At("2026-11-29 10:00", NewYork)), Facts(NewYork, history: history), Us));
        history.Add(Called(At("2026-11-29 10:00", NewYork), ContactOutcome.NoAnswer));
        Assert.Contains(SevenInSeven, Rules(Call(At("2026-11-29 10:01", NewYork)), Facts(NewYork, history: history), Us));
        Assert.Contains(SevenInSeven, Rules(Call(At("2026-11-29 23:59", NewYork)), Facts(NewYork, history: history), Us));
        Assert.DoesNotContain(SevenInSeven, Rules(Call(At("2026-11-30 00:00", NewYork)), Facts(NewYork, history: history), Us));
    }

    [Fact]
    public void Calls_in_seven_days_are_counted_by_calendar_day_not_by_168_hours()
    {
        // Seven calls late on day 1: rolling hours would free the 8th call at 20:07 on day 8; the law frees it at 00:00.
        var history = Enumerable.Range(0, 7).Select(m => Called(At("2026-11-23 20:00", NewYork).AddMinutes(m), ContactOutcome.NoAnswer)).ToList();

        Assert.Contains(SevenInSeven, Rules(Call(At("2026-11-29 20:30", NewYork)), Facts(NewYork, history: history), Us));
        Assert.DoesNotContain(SevenInSeven, Rules(Call(At("2026-11-30 00:00", NewYork)), Facts(NewYork, history: history), Us));
    }

    [Fact]
    public void After_conversation_refused_on_day_1_and_day_7_and_allowed_from_0000_on_day_8()
    {
        PastContact[] talked = [Called(At("2026-11-23 20:30", NewYork), ContactOutcome.RightParty)];

        Assert.Contains(AfterConversation, Rules(Call(At("2026-11-23 20:45", NewYork)), Facts(NewYork, history: talked), Us));
        Assert.Contains(AfterConversation, Rules(Call(At("2026-11-29 23:59", NewYork)), Facts(NewYork, history: talked), Us));
        Assert.DoesNotContain(AfterConversation, Rules(Call(At("2026-11-30 00:00", NewYork)), Facts(NewYork, history: talked), Us));
    }

    [Fact]
    public void Calls_in_seven_days_follow_a_Los_Angeles_borrowers_calendar_when_the_UTC_date_is_a_day_ahead()
    {
        // 17:00 in Los Angeles is 01:00 UTC the next day: by UTC dates the 7 calls fall on 24–30 November.
        var history = Enumerable.Range(0, 7).Select(d => Called(At("2026-11-23 17:00", LosAngeles).AddDays(d), ContactOutcome.NoAnswer)).ToList();

        Assert.Contains(SevenInSeven, Rules(Call(At("2026-11-29 23:59", LosAngeles)), Facts(LosAngeles, history: history), Us));
        var dayEight = At("2026-11-30 00:00", LosAngeles);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero), dayEight);
        Assert.DoesNotContain(SevenInSeven, Rules(Call(dayEight), Facts(LosAngeles, history: history), Us));
    }

    [Fact]
    public void After_conversation_day_8_starts_at_midnight_in_Los_Angeles_not_in_UTC()
    {
        // 23 November 17:30 in Los Angeles is 24 November 01:30 UTC; day 8 is 30 November from 00:00 Los Angeles time.
        PastContact[] talked = [Called(At("2026-11-23 17:30", LosAngeles), ContactOutcome.PromiseToPay)];

        Assert.Contains(AfterConversation, Rules(Call(At("2026-11-29 23:59", LosAngeles)), Facts(LosAngeles, history: talked), Us));
        // By UTC dates the conversation was on the 24th and 30 November 08:00 UTC would still be day 7.
        Assert.DoesNotContain(AfterConversation, Rules(Call(At("2026-11-30 00:00", LosAngeles)), Facts(LosAngeles, history: talked), Us));
    }

    [Fact]
    public void After_conversation_window_across_the_spring_daylight_saving_change_is_7_calendar_days()
    {
        // 8 March 2026 New York springs forward: days 1–7 are 2–8 March (167 hours), day 8 starts 9 March 00:00 EDT.
        PastContact[] talked = [Called(At("2026-03-02 20:00", NewYork), ContactOutcome.RightParty)];

        Assert.Contains(AfterConversation, Rules(Call(At("2026-03-08 23:59", NewYork)), Facts(NewYork, history: talked), Us));
        Assert.DoesNotContain(AfterConversation, Rules(Call(At("2026-03-09 00:00", NewYork)), Facts(NewYork, history: talked), Us));
    }

    [Fact]
    public void Calls_in_seven_days_across_the_autumn_daylight_saving_change_are_7_calendar_days()
    {
        // 1 November 2026 New York falls back: that day has 25 hours and still counts as one.
        var history = Enumerable.Range(0, 7).Select(d => Called(At("2026-10-26 12:00", NewYork).AddDays(d), ContactOutcome.NoAnswer)).ToList();

        Assert.Contains(SevenInSeven, Rules(Call(At("2026-11-01 23:59", NewYork)), Facts(NewYork, history: history), Us));
        Assert.DoesNotContain(SevenInSeven, Rules(Call(At("2026-11-02 00:00", NewYork)), Facts(NewYork, history: history), Us));
    }

    [Fact]
    public void After_conversation_window_counts_the_leap_day_as_one_of_its_7_days()
    {
        // 2028 is a leap year: a conversation on 23 February makes 29 February day 7 and 1 March day 8.
        PastContact[] talked = [Called(At("2028-02-23 10:00", NewYork), ContactOutcome.RightParty)];

        Assert.Contains(AfterConversation, Rules(Call(At("2028-02-29 20:00", NewYork)), Facts(NewYork, history: talked), Us));
        Assert.DoesNotContain(AfterConversation, Rules(Call(At("2028-03-01 00:00", NewYork)), Facts(NewYork, history: talked), Us));
    }

    [Fact]
    public void Work_page_summary_counts_the_seven_calendar_days_too()
    {
        var history = Enumerable.Range(0, 7).Select(m => Called(At("2026-11-23 20:00", NewYork).AddMinutes(m), ContactOutcome.NoAnswer)).ToList();

        Assert.Equal(0, ConductGuard.Summarise(Facts(NewYork, history: history), Us, At("2026-11-29 23:59", NewYork)).CallsLeft);
        Assert.Equal(7, ConductGuard.Summarise(Facts(NewYork, history: history), Us, At("2026-11-30 00:00", NewYork)).CallsLeft);
    }
}
