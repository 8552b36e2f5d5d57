using System.Globalization;
using BackOffice.Servicing.Domain;
using Microsoft.Extensions.Localization;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>
/// The sentences the operations page and the Start button use to say what the close of business is really doing,
/// in the reader's language. Instants are shown in UTC: hosts sharing a database may sit in different time zones.
/// </summary>
internal static class CloseOfBusinessSayings
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The page's line about now; null when nothing runs and dates are still to close.</summary>
    public static string? Now(IStringLocalizer l, CloseOfBusinessSituation situation, DateOnly? lastClosed, DateOnly dueToClose) =>
        situation.Activity switch
        {
            CloseOfBusinessActivity.RunningHere => RunningHere(l, situation),
            CloseOfBusinessActivity.WaitingForHost => Waiting(l, situation),
            CloseOfBusinessActivity.Interrupted => l["Interrupted at {0} of {1} loans for {2}; this host resumes it now.",
                Count(situation.Closed), Count(situation.ToClose), DayOf(situation)].Value,
            _ when lastClosed >= dueToClose => AlreadyDone(l, lastClosed.Value),
            _ => null,
        };

    /// <summary>What pressing Start did.</summary>
    public static string Answer(IStringLocalizer l, StartCloseOfBusinessAnswer answer)
    {
        var situation = answer.Situation;
        var through = Day(answer.Through);
        return !answer.Queued
            ? l["Already done for {0}: every date through it was closed before; nothing was started.", through].Value
            : situation.Activity switch
            {
                CloseOfBusinessActivity.RunningHere => $"{RunningHere(l, situation)} {l["Dates through {0} follow it.", through]}",
                CloseOfBusinessActivity.WaitingForHost => $"{Waiting(l, situation)} {l["Dates through {0} are closed after it.", through]}",
                CloseOfBusinessActivity.Interrupted => l["Resuming the run for {0} at {1} of {2} loans on this host; dates through {3} follow.",
                    DayOf(situation), Count(situation.Closed), Count(situation.ToClose), through].Value,
                _ => l["Started on this host: closing {0} through {1}.", Day(answer.From), through].Value,
            };
    }

    public static string AlreadyDone(IStringLocalizer l, DateOnly date) => l["Already done for {0}.", Day(date)].Value;

    private static string RunningHere(IStringLocalizer l, CloseOfBusinessSituation situation)
    {
        var running = situation.Date is null
            ? l["Running on this host."].Value
            : l["Running on this host: {0} of {1} loans closed for {2}.", Count(situation.Closed), Count(situation.ToClose), DayOf(situation)].Value;
        return situation.ResumedAt is { } resumedAt
            ? $"{running} {l["Resumed at {0} of {1}.", Count(resumedAt), Count(situation.ToClose)]}"
            : running;
    }

    private static string Waiting(IStringLocalizer l, CloseOfBusinessSituation situation) =>
        l["Waiting for the run on host {0}, last heartbeat {1} (taken over after {2} if that host has stopped).",
            situation.Holder, Instant(situation.HeartbeatAt), Instant(situation.TakeoverAt)].Value;

    private static string DayOf(CloseOfBusinessSituation situation) => situation.Date is { } date ? Day(date) : "";

    private static string Count(int count) => count.ToString("N0", CultureInfo.CurrentCulture);
}
