using BackOffice.Collections.Contracts;

namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// The conduct guard: the only way to contact a borrower. Given the request and the facts it answers with
/// every rule that refuses it — none means the contact may go ahead. Rules and their values come from the
/// policy pack (CN or US); times are the borrower's local time. Pure: no clock, no database.
/// </summary>
internal static class ConductGuard
{
    public static IReadOnlyList<Refusal> Check(ContactRequest request, GuardFacts facts, ConductPolicy policy)
    {
        var refusals = new List<Refusal>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(facts.TimeZone);
        var local = TimeZoneInfo.ConvertTime(request.PlannedAt, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var choices = facts.Choices;
        var pack = policy.IsUnitedStates ? "US" : "CN";

        void Refuse(string rule, string reason, string reasonZh) => refusals.Add(new Refusal(rule, reason, reasonZh));

        if (!facts.CollectorCertified)
        {
            Refuse("certification", $"You hold no current certification for {request.Method} contact.", $"您没有{Chinese(request.Method)}联系的有效资质。");
        }

        if (facts.PlanInForce)
        {
            Refuse("plan-in-force", "A repayment plan is in force: collection stands down until it ends.", "还款方案正在执行:方案结束前暂停催收。");
        }

        if (choices.CeaseRequestedAt is { } cease && cease <= request.PlannedAt)
        {
            Refuse("cease-request", $"The borrower asked on {cease:yyyy-MM-dd} that contact stop.", $"借款人于 {cease:yyyy-MM-dd} 要求停止联系。");
        }

        if (choices.DisputeOpenedAt is { } dispute && dispute <= request.PlannedAt)
        {
            Refuse("dispute", $"The borrower disputes the debt (since {dispute:yyyy-MM-dd}); no collection until it is resolved.", $"借款人对债务有异议(自 {dispute:yyyy-MM-dd} 起);解决前不得催收。");
        }

        if (request.Party == Party.Debtor && choices.RepresentedSince is { } represented && represented <= request.PlannedAt)
        {
            Refuse("legal-representation", "The borrower has a lawyer: contact the lawyer, not the borrower.", "借款人已委托律师:请联系律师,而不是借款人。");
        }

        if (choices.OptedOut?.Contains(request.Method) == true)
        {
            Refuse("medium-opted-out", $"The borrower opted out of {request.Method}.", $"借款人已拒绝{Chinese(request.Method)}联系。");
        }

        var consented = choices.Consented?.Any(w => w.Contains(time)) == true;
        if (request.Method is ContactMethod.Call or ContactMethod.Sms or ContactMethod.Visit && policy.QuietHours.Contains(time) && !consented)
        {
            Refuse($"{pack}.quiet-hours", $"It would be {time:HH\\:mm} for the borrower; contact is allowed {policy.QuietHours.To:HH\\:mm}–{policy.QuietHours.From:HH\\:mm} borrower time.",
                $"借款人当地时间为 {time:HH\\:mm};只允许在借款人时间 {policy.QuietHours.To:HH\\:mm}–{policy.QuietHours.From:HH\\:mm} 联系。");
        }

        if (choices.Inconvenient?.FirstOrDefault(w => w.Contains(time)) is { } named && !consented)
        {
            Refuse("inconvenient-time", $"The borrower named {named.From:HH\\:mm}–{named.To:HH\\:mm} as inconvenient.", $"借款人表示 {named.From:HH\\:mm}–{named.To:HH\\:mm} 不方便。");
        }

        if (policy.IsUnitedStates && request.Party == Party.Debtor && request.Method != ContactMethod.Letter
            && facts.FirstCommunicationAt is { } first && facts.ValidationNoticeSentAt is null && request.PlannedAt > first.AddDays(policy.ValidationNoticeDays))
        {
            var due = first.AddDays(policy.ValidationNoticeDays);
            Refuse("US.validation-notice",
                $"The validation notice was due by {due:yyyy-MM-dd}, {policy.ValidationNoticeDays} days after the first communication; send it by letter before any other contact.",
                $"债务确认通知应于 {due:yyyy-MM-dd} 前发出(首次沟通后 {policy.ValidationNoticeDays} 天);请先以信函发出,再进行其他联系。");
        }

        if (request.Method == ContactMethod.Visit)
        {
            Visit(request, facts, policy, time, DateOnly.FromDateTime(local.DateTime), Refuse);
        }

        if (request.Party == Party.ThirdParty)
        {
            ThirdParty(request, facts, policy, Refuse);
        }
        else if (request.Method == ContactMethod.Call)
        {
            if (policy.IsUnitedStates)
            {
                UsCallFrequency(request, facts, policy, Refuse);
            }
            else
            {
                CnCallLimits(request, facts, policy, zone, local, Refuse);
            }
        }

        return refusals;
    }

    private static void Visit(ContactRequest request, GuardFacts facts, ConductPolicy policy, TimeOnly time, DateOnly day, Action<string, string, string> refuse)
    {
        if (facts.VisitAllowedFrom is not { } from)
        {
            refuse("visit-approval", "A visit needs a manager's approval and a notice of intent sent first.", "上门拜访须经经理批准,并先发出意向通知。");
        }
        else if (day < from)
        {
            refuse("visit-notice-period", $"The notice of intent gives the borrower until {from:yyyy-MM-dd}; no visit before.", $"意向通知给借款人的期限到 {from:yyyy-MM-dd};此前不得上门。");
        }

        if (string.IsNullOrEmpty(request.SecondCollectorId) || request.SecondCollectorId == request.CollectorId || !facts.SecondCollectorCertified)
        {
            refuse("visit-two-collectors", "A visit needs two collectors, both certified for field visits.", "上门拜访需要两名催收员,且都持有上门拜访资质。");
        }

        if (!policy.VisitHours.Contains(time))
        {
            refuse("visit-daytime", $"Visits only between {policy.VisitHours.From:HH\\:mm} and {policy.VisitHours.To:HH\\:mm} borrower time.", $"仅可在借款人时间 {policy.VisitHours.From:HH\\:mm}–{policy.VisitHours.To:HH\\:mm} 上门拜访。");
        }
    }

    private static void ThirdParty(ContactRequest request, GuardFacts facts, ConductPolicy policy, Action<string, string, string> refuse)
    {
        var pack = policy.IsUnitedStates ? "US" : "CN";
        if (request.ThirdPartyId is { } id && facts.Choices.RefusedThirdParties?.Contains(id) == true)
        {
            refuse($"{pack}.third-party-refused", "This person refused to be contacted; never again.", "此人已拒绝被联系;不得再联系。");
        }

        if (policy.IsUnitedStates)
        {
            if (facts.History.Any(c => c.Party == Party.ThirdParty && c.ThirdPartyId == request.ThirdPartyId && !c.Failed))
            {
                refuse("US.third-party-once", "A third party may be asked for location information once.", "第三方只能被询问一次位置信息。");
            }

            return;
        }

        var lastDebtorContacts = facts.History.Where(c => c.Party == Party.Debtor && !c.Pending).OrderByDescending(c => c.At).Take(policy.FailedContactsForUnreachable).ToList();
        var unreachable = facts.DebtorNumbersAllInvalid
            || (lastDebtorContacts.Count == policy.FailedContactsForUnreachable && lastDebtorContacts.All(c => c.Failed));
        if (!unreachable)
        {
            refuse("CN.third-party-debtor-reachable", $"Third parties only when the debtor is unreachable (number invalid, or {policy.FailedContactsForUnreachable} failed contacts in a row).",
                $"仅在债务人无法联系时(号码无效,或连续 {policy.FailedContactsForUnreachable} 次联系失败)才可联系第三方。");
        }
    }

    private static void CnCallLimits(ContactRequest request, GuardFacts facts, ConductPolicy policy, TimeZoneInfo zone, DateTimeOffset local, Action<string, string, string> refuse)
    {
        var calls = CallsOnBorrowersDay(facts, zone, local);
        var connected = ConnectedToDebtor(calls);
        if (connected >= policy.MaxConnectedCallsPerDay)
        {
            refuse("CN.connected-calls-per-day", $"{connected} of {policy.MaxConnectedCallsPerDay} connected calls to this debtor today (all collectors).", $"今天已接通该债务人 {connected}/{policy.MaxConnectedCallsPerDay} 次(所有催收员合计)。");
        }

        var unanswered = calls.Count(c => c.Destination == request.Destination && (c.Failed || c.Pending));
        if (unanswered >= policy.MaxUnansweredDialsPerNumberPerDay)
        {
            refuse("CN.dials-per-number", $"{unanswered} of {policy.MaxUnansweredDialsPerNumberPerDay} unanswered dials to this number today.", $"今天已拨打该号码 {unanswered}/{policy.MaxUnansweredDialsPerNumberPerDay} 次未接通。");
        }
    }

    private static void UsCallFrequency(ContactRequest request, GuardFacts facts, ConductPolicy policy, Action<string, string, string> refuse)
    {
        var window = DebtorCallsInSevenDays(facts, request.PlannedAt);
        var counted = CountedTowardSevenInSeven(window);
        if (counted >= policy.MaxCallsInSevenDays)
        {
            refuse("US.calls-in-seven-days", $"{counted} calls in the last 7 days; an 8th is presumed harassment (Reg F §1006.14).", $"过去 7 天已致电 {counted} 次;第 8 次推定为骚扰(Reg F §1006.14)。");
        }

        if (window.FirstOrDefault(c => c.Conversation) is { } talk)
        {
            refuse("US.after-conversation", $"You spoke with the borrower on {talk.At:yyyy-MM-dd}; no call within 7 days after a conversation.", $"您已于 {talk.At:yyyy-MM-dd} 与借款人通话;通话后 7 天内不得再致电。");
        }
    }

    private static string Chinese(ContactMethod method) => method switch
    {
        ContactMethod.Call => "电话",
        ContactMethod.Sms => "短信",
        ContactMethod.Letter => "信函",
        _ => "上门",
    };

    /// <summary>What is allowed right now, in words, for the work page ("calls 08:00–22:00 borrower time; 2 of 3 connected calls left today").</summary>
    public static GuardSummary Summarise(GuardFacts facts, ConductPolicy policy, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(facts.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var left = policy.IsUnitedStates
            ? policy.MaxCallsInSevenDays - CountedTowardSevenInSeven(DebtorCallsInSevenDays(facts, now))
            : policy.MaxConnectedCallsPerDay - ConnectedToDebtor(CallsOnBorrowersDay(facts, zone, local));
        return new GuardSummary(
            TimeOnly.FromDateTime(local.DateTime),
            policy.QuietHours.To,
            policy.QuietHours.From,
            Math.Max(0, left),
            policy.IsUnitedStates ? policy.MaxCallsInSevenDays : policy.MaxConnectedCallsPerDay,
            policy.IsUnitedStates);
    }

    /// <summary>Calls (to anyone on the account) made or cleared on the borrower's calendar day of <paramref name="local"/>.</summary>
    private static List<PastContact> CallsOnBorrowersDay(GuardFacts facts, TimeZoneInfo zone, DateTimeOffset local)
    {
        var day = DateOnly.FromDateTime(local.DateTime);
        return [.. facts.History.Where(c => c.Method == ContactMethod.Call && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.At, zone).DateTime) == day)];
    }

    private static int ConnectedToDebtor(IEnumerable<PastContact> calls) => calls.Count(c => c.Party == Party.Debtor && c.Connected);

    /// <summary>Calls to the debtor in the 7 days up to <paramref name="at"/>.</summary>
    private static List<PastContact> DebtorCallsInSevenDays(GuardFacts facts, DateTimeOffset at)
    {
        var since = at.AddDays(-7);
        return [.. facts.History.Where(c => c.Method == ContactMethod.Call && c.Party == Party.Debtor && c.At > since && c.At <= at)];
    }

    /// <summary>§1006.14(b)(3): calls not connected to the dialled number, and calls the consumer consented to, do not count.</summary>
    private static int CountedTowardSevenInSeven(IEnumerable<PastContact> calls) => calls.Count(c => c.Outcome != ContactOutcome.NotConnected && !c.Consented);
}
