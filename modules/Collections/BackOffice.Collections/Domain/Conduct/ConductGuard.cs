using BackOffice.Collections.Contracts;

namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// The conduct guard: the only way to contact a borrower. Given the request and the facts it answers with
/// every rule that refuses it — none means the contact may go ahead. Rules and their values come from the
/// policy pack (CN or US); times are the borrower's local time. Pure: no clock, no database. Each rule is a
/// function named after it, citing where it comes from; <see cref="Check"/> asks them all, in a fixed order.
/// </summary>
internal static class ConductGuard
{
    /// <summary>Every rule, in the order its refusal is listed; a rule with nothing against the contact answers null.</summary>
    private static readonly Func<Asked, Refusal?>[] Rules =
    [
        Certification,
        NothingOverdue,
        PlanInForce,
        CeaseRequest,
        Dispute,
        LegalRepresentation,
        MediumOptedOut,
        QuietHours,
        InconvenientTime,
        ValidationNotice,
        VisitApproval,
        VisitNoticePeriod,
        VisitTwoCollectors,
        VisitDaytime,
        ThirdPartyRefused,
        ThirdPartyOnce,
        ThirdPartyOnlyWhenDebtorUnreachable,
        CallsInSevenDays,
        CallAfterConversation,
        ConnectedCallsPerDay,
        DialsPerNumber,
        ThirdPartyContactsPerPersonPerDay,
        ThirdPartyContactsPerPersonPerWeek,
        ThirdPartyContactsPerNumberPerDay,
        ThirdPartyContactsPerNumberPerWeek,
        SmsPerDebtorPerDay,
        SmsPerDebtorPerWeek,
        StateTelephoneCommunications,
        ContactSourceLawful,
    ];

    /// <summary>
    /// The refusals no manager may override: the borrower's own word (a cease request, a dispute not yet verified, a
    /// lawyer, a medium opted out of, a third party's refusal) and what the law forbids outright (a number held without
    /// a lawful source, collecting what is not overdue). Limits and hours may be overridden, on record, for a reason.
    /// </summary>
    public static bool MayBeOverridden(string rule) =>
        rule is not ("cease-request" or "dispute" or "legal-representation" or "medium-opted-out" or "contact-source" or "nothing-overdue")
        && !rule.EndsWith(".third-party-refused", StringComparison.Ordinal);

    public static IReadOnlyList<Refusal> Check(ContactRequest request, GuardFacts facts, ConductPolicy policy)
    {
        var asked = new Asked(request, facts, policy);
        return [.. Rules.Select(rule => rule(asked)).OfType<Refusal>()];
    }

    /// <summary>
    /// What is allowed right now, in words, for the work page ("calls 08:00–22:00 borrower time; 2 of 3 connected calls
    /// left today"; in a state with a tighter rule, its calls and texts left; the SMS left today).
    /// </summary>
    public static GuardSummary Summarise(GuardFacts facts, ConductPolicy policy, DateTimeOffset now)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(facts.TimeZone);
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var state = policy.StateRulesFor(facts.Region) is { MaxTelephoneCommunicationsInSevenDays: { } stateMax } rules
            && stateMax < policy.MaxCallsInSevenDays ? rules : null;
        var allowed = state?.MaxTelephoneCommunicationsInSevenDays
            ?? (policy.IsUnitedStates ? policy.MaxCallsInSevenDays : policy.MaxConnectedCallsPerDay);
        var used = state is not null ? TelephoneCommunicationsInSevenDays(facts, zone, day)
            : policy.IsUnitedStates ? CountedTowardSevenInSeven(DebtorCallsInSevenDays(facts, zone, day))
            : ConnectedToDebtor(CallsOnBorrowersDay(facts, zone, local));
        var smsToday = OnBorrowersDays(facts.History, zone, day, 1).Count(IsSmsToDebtor);
        return new GuardSummary(
            TimeOnly.FromDateTime(local.DateTime),
            policy.QuietHours.To,
            policy.QuietHours.From,
            Math.Max(0, allowed - used),
            allowed,
            policy.IsUnitedStates,
            Math.Max(0, policy.Limits.SmsPerDebtorPerDay - smsToday),
            policy.Limits.SmsPerDebtorPerDay,
            state?.Citation);
    }

    // Both packs: only a collector holding a current certification for the channel makes contact (CN: collector
    // training and an exam before collecting, CBA 2026 and NIFA 2024; the house holds US collectors to it too).
    private static Refusal? Certification(Asked asked)
    {
        var request = asked.Request;
        return asked.Facts.CollectorCertified
            ? null
            : Refuse(
                "certification",
                $"You hold no current certification for {request.Method} contact.",
                $"您没有{Chinese(request.Method)}联系的有效资质。");
    }

    // Both packs: nothing is owed past due, so there is nothing to collect; a message would state a debt that is not
    // there (US: Reg F §1006.18(b)(2), false representation of the amount of the debt; CN: the CBA guideline bans
    // 夸大债务数额). Servicing's figures at the moment of asking decide, before Collections' copy catches up.
    // The care team calls before anything is overdue: the rule is collection's. The acknowledgement that collection
    // stops and the apology state no debt and are owed whatever the balance (SendMessage sends them with nothing overdue).
    private static Refusal? NothingOverdue(Asked asked) =>
        asked.Facts.NothingOverdue && asked.Request.Purpose == ContactPurpose.Collection
        && asked.Request.TemplateKey is not (MessageTemplates.CeaseAcknowledgement or MessageTemplates.Apology)
            ? Refuse(
                "nothing-overdue",
                "Servicing shows nothing overdue on this loan right now: there is nothing to collect.",
                "服务系统显示该贷款目前没有逾期款项:无需催收。")
            : null;

    // Both packs: collection stands down while a repayment plan is in force (the humane alternative the care team offers);
    // the care team itself keeps in touch about the plan.
    private static Refusal? PlanInForce(Asked asked) =>
        asked.Facts.PlanInForce && asked.Request.Purpose == ContactPurpose.Collection
            ? Refuse(
                "plan-in-force",
                "A repayment plan is in force: collection stands down until it ends.",
                "还款方案正在执行:方案结束前暂停催收。")
            : null;

    // Both packs: a cease request stops contact from the moment it was made (US: Reg F §1006.6(c)(1)); only a letter
    // carrying a notice §1006.6(c)(2) allows still goes — that collection stops, a remedy that may be or is being invoked
    // (a right-to-cure notice, a notice of sale). Calls, SMS and visits stay closed. CN: the house follows the same rule.
    private static Refusal? CeaseRequest(Asked asked)
    {
        var request = asked.Request;
        if (asked.Facts.Choices.CeaseRequestedAt is not { } cease || cease > request.PlannedAt
            || (request.Method == ContactMethod.Letter && MessageTemplates.IsAllowedAfterCease(request.TemplateKey)))
        {
            return null;
        }

        return Refuse(
            "cease-request",
            $"The borrower asked on {cease:yyyy-MM-dd} that contact stop; only a letter with a notice the law allows or requires "
            + "(the cease acknowledgement, a right-to-cure notice, a notice of sale) may still go.",
            $"借款人于 {cease:yyyy-MM-dd} 要求停止联系;仅可寄送法律允许或要求的通知信函(停止催收确认、补救权利通知、出售通知)。");
    }

    // Both packs: a dispute pauses collection until it is resolved (US: Reg F §1006.38(d)(2), until verification is sent).
    private static Refusal? Dispute(Asked asked) =>
        asked.Facts.Choices.DisputeOpenedAt is { } dispute && dispute <= asked.Request.PlannedAt
            ? Refuse(
                "dispute",
                $"The borrower disputes the debt (since {dispute:yyyy-MM-dd}); no collection until it is resolved.",
                $"借款人对债务有异议(自 {dispute:yyyy-MM-dd} 起);解决前不得催收。")
            : null;

    // Both packs: a borrower with a lawyer is reached through the lawyer (US: Reg F §1006.6(b)(2)).
    private static Refusal? LegalRepresentation(Asked asked) =>
        asked.Request.Party == Party.Debtor && asked.Facts.Choices.RepresentedSince is { } represented && represented <= asked.Request.PlannedAt
            ? Refuse(
                "legal-representation",
                "The borrower has a lawyer: contact the lawyer, not the borrower.",
                "借款人已委托律师:请联系律师,而不是借款人。")
            : null;

    // Both packs: a medium the borrower opted out of is closed (US: Reg F §1006.14(h)).
    private static Refusal? MediumOptedOut(Asked asked)
    {
        var request = asked.Request;
        return asked.Facts.Choices.OptedOut?.Contains(request.Method) == true
            ? Refuse("medium-opted-out", $"The borrower opted out of {request.Method}.", $"借款人已拒绝{Chinese(request.Method)}联系。")
            : null;
    }

    // CN: no collection contact 22:00–08:00 borrower time unless the borrower agreed to the time (CBA 2026);
    // US: inconvenient before 08:00 and from 21:00 at the consumer's location (Reg F §1006.6(b)(1)(i)).
    private static Refusal? QuietHours(Asked asked)
    {
        var (policy, time, pack) = (asked.Policy, asked.Time, asked.Pack);
        return asked.Request.Method is ContactMethod.Call or ContactMethod.Sms or ContactMethod.Visit
            && policy.QuietHours.Contains(time) && !asked.Consented
            ? Refuse(
                $"{pack}.quiet-hours",
                $"It would be {time:HH\\:mm} for the borrower; "
                + $"contact is allowed {policy.QuietHours.To:HH\\:mm}–{policy.QuietHours.From:HH\\:mm} borrower time.",
                $"借款人当地时间为 {time:HH\\:mm};"
                + $"只允许在借款人时间 {policy.QuietHours.To:HH\\:mm}–{policy.QuietHours.From:HH\\:mm} 联系。")
            : null;
    }

    // Both packs: a time the borrower named as inconvenient binds every collector (US: Reg F §1006.6(b)(1)(i)).
    private static Refusal? InconvenientTime(Asked asked) =>
        asked.Facts.Choices.Inconvenient?.FirstOrDefault(w => w.Contains(asked.Time)) is { } named && !asked.Consented
            ? Refuse(
                "inconvenient-time",
                $"The borrower named {named.From:HH\\:mm}–{named.To:HH\\:mm} as inconvenient.",
                $"借款人表示 {named.From:HH\\:mm}–{named.To:HH\\:mm} 不方便。")
            : null;

    // US: the validation notice goes out within 5 days of the first communication (Reg F §1006.34(a)(1)); after that,
    // nothing but the letter that carries it until it is sent. A debt collector's duty: the creditor's care team is not one.
    private static Refusal? ValidationNotice(Asked asked)
    {
        var (request, facts, policy) = (asked.Request, asked.Facts, asked.Policy);
        if (!policy.IsUnitedStates || request.Party != Party.Debtor || request.TemplateKey == MessageTemplates.ValidationNotice
            || request.Purpose == ContactPurpose.Care
            || facts.FirstCommunicationAt is not { } first || facts.ValidationNoticeSentAt is not null
            || request.PlannedAt <= first.AddDays(policy.ValidationNoticeDays))
        {
            return null;
        }

        var due = first.AddDays(policy.ValidationNoticeDays);
        return Refuse(
            "US.validation-notice",
            $"The validation notice was due by {due:yyyy-MM-dd}, {policy.ValidationNoticeDays} days after the first communication; "
            + "ask for a clearance that names the validation notice and send it before any other contact.",
            $"债务确认通知应于 {due:yyyy-MM-dd} 前发出(首次沟通后 {policy.ValidationNoticeDays} 天);"
            + "请申请注明债务确认通知的许可并先行发出,再进行其他联系。");
    }

    // Both packs: a visit (and any repossession) needs a manager's approval and a notice of intent sent first.
    private static Refusal? VisitApproval(Asked asked) =>
        asked.Request.Method == ContactMethod.Visit && asked.Facts.VisitAllowedFrom is null
            ? Refuse(
                "visit-approval",
                "A visit needs a manager's approval and a notice of intent sent first.",
                "上门拜访须经经理批准,并先发出意向通知。")
            : null;

    // Both packs: the notice of intent gives the borrower a waiting period (Collections:Visits:NoticeDays) before any visit.
    private static Refusal? VisitNoticePeriod(Asked asked) =>
        asked.Request.Method == ContactMethod.Visit && asked.Facts.VisitAllowedFrom is { } from && asked.Day < from
            ? Refuse(
                "visit-notice-period",
                $"The notice of intent gives the borrower until {from:yyyy-MM-dd}; no visit before.",
                $"意向通知给借款人的期限到 {from:yyyy-MM-dd};此前不得上门。")
            : null;

    // CN: a home visit needs at least two certified collectors (CBA 2026); the house holds US visits to it too.
    private static Refusal? VisitTwoCollectors(Asked asked)
    {
        var (request, facts) = (asked.Request, asked.Facts);
        return request.Method == ContactMethod.Visit
            && (string.IsNullOrEmpty(request.SecondCollectorId) || request.SecondCollectorId == request.CollectorId
                || !facts.SecondCollectorCertified)
            ? Refuse(
                "visit-two-collectors",
                "A visit needs two collectors, both certified for field visits.",
                "上门拜访需要两名催收员,且都持有上门拜访资质。")
            : null;
    }

    // Both packs: visits only in the day, borrower time (Collections:Conduct:VisitHours).
    private static Refusal? VisitDaytime(Asked asked)
    {
        var policy = asked.Policy;
        return asked.Request.Method == ContactMethod.Visit && !policy.VisitHours.Contains(asked.Time)
            ? Refuse(
                "visit-daytime",
                $"Visits only between {policy.VisitHours.From:HH\\:mm} and {policy.VisitHours.To:HH\\:mm} borrower time.",
                $"仅可在借款人时间 {policy.VisitHours.From:HH\\:mm}–{policy.VisitHours.To:HH\\:mm} 上门拜访。")
            : null;
    }

    // Both packs: a third party who refused is never contacted again (CN: NIFA 2024; US: Reg F §1006.10).
    private static Refusal? ThirdPartyRefused(Asked asked)
    {
        var pack = asked.Pack;
        return asked.Request.Party == Party.ThirdParty
            && asked.Request.ThirdPartyId is { } id && asked.Facts.Choices.RefusedThirdParties?.Contains(id) == true
            ? Refuse(
                $"{pack}.third-party-refused",
                "This person refused to be contacted; never again.",
                "此人已拒绝被联系;不得再联系。")
            : null;
    }

    // US: a third party may be asked for location information once (Reg F §1006.10).
    private static Refusal? ThirdPartyOnce(Asked asked)
    {
        var (request, facts) = (asked.Request, asked.Facts);
        return asked.Policy.IsUnitedStates && request.Party == Party.ThirdParty
            && facts.History.Any(c => c.Party == Party.ThirdParty && c.ThirdPartyId == request.ThirdPartyId && !c.Failed)
            ? Refuse(
                "US.third-party-once",
                "A third party may be asked for location information once.",
                "第三方只能被询问一次位置信息。")
            : null;
    }

    // CN: third parties only when the debtor is unreachable: every number invalid, or the last contacts all failed
    // (CBA 2026, NIFA 2024).
    private static Refusal? ThirdPartyOnlyWhenDebtorUnreachable(Asked asked)
    {
        var (facts, policy) = (asked.Facts, asked.Policy);
        if (policy.IsUnitedStates || asked.Request.Party != Party.ThirdParty)
        {
            return null;
        }

        var lastDebtorContacts = facts.History.Where(c => c.Party == Party.Debtor && !c.Pending).OrderByDescending(c => c.At)
            .Take(policy.FailedContactsForUnreachable).ToList();
        var unreachable = facts.DebtorNumbersAllInvalid
            || (lastDebtorContacts.Count == policy.FailedContactsForUnreachable && lastDebtorContacts.All(c => c.Failed));
        return unreachable
            ? null
            : Refuse(
                "CN.third-party-debtor-reachable",
                "Third parties only when the debtor is unreachable "
                + $"(number invalid, or {policy.FailedContactsForUnreachable} failed contacts in a row).",
                "仅在债务人无法联系时"
                + $"(号码无效,或连续 {policy.FailedContactsForUnreachable} 次联系失败)才可联系第三方。");
    }

    // US: an 8th call in 7 consecutive days is presumed harassment (Reg F §1006.14(b)(2)(i)(A)); the days are the
    // consumer's calendar days, the day of the call being day 1: a call on day D counts the calls of days D-6 to D.
    private static Refusal? CallsInSevenDays(Asked asked)
    {
        var policy = asked.Policy;
        if (!policy.IsUnitedStates || !asked.IsCallToDebtor)
        {
            return null;
        }

        var counted = CountedTowardSevenInSeven(DebtorCallsInSevenDays(asked.Facts, asked.Zone, asked.Day));
        return counted >= policy.MaxCallsInSevenDays
            ? Refuse(
                "US.calls-in-seven-days",
                $"{counted} calls in the 7 days ending today (borrower's calendar); an 8th is presumed harassment (Reg F §1006.14).",
                $"截至今天的 7 个自然日内(借款人日历)已致电 {counted} 次;第 8 次推定为骚扰(Reg F §1006.14)。")
            : null;
    }

    // US: no call within 7 days after a telephone conversation (Reg F §1006.14(b)(2)(i)(B)), the conversation's day being
    // day 1 in the consumer's calendar: refused through day 7, allowed from 00:00 on day 8.
    private static Refusal? CallAfterConversation(Asked asked)
    {
        if (!asked.Policy.IsUnitedStates || !asked.IsCallToDebtor
            || DebtorCallsInSevenDays(asked.Facts, asked.Zone, asked.Day).FirstOrDefault(c => c.Conversation) is not { } talk)
        {
            return null;
        }

        var talkedOn = LocalDay(talk.At, asked.Zone);
        return Refuse(
            "US.after-conversation",
            $"You spoke with the borrower on {talkedOn:yyyy-MM-dd}; no call until {talkedOn.AddDays(7):yyyy-MM-dd} (7 days, that day the first).",
            $"您已于 {talkedOn:yyyy-MM-dd} 与借款人通话;{talkedOn.AddDays(7):yyyy-MM-dd} 前不得再致电(含通话当天共 7 天)。");
    }

    // CN: at most 3 connected calls per debtor per day, every collector and agency together (CBA 2026).
    private static Refusal? ConnectedCallsPerDay(Asked asked)
    {
        var policy = asked.Policy;
        if (policy.IsUnitedStates || !asked.IsCallToDebtor)
        {
            return null;
        }

        var connected = ConnectedToDebtor(CallsOnBorrowersDay(asked.Facts, asked.Zone, asked.Local));
        return connected >= policy.MaxConnectedCallsPerDay
            ? Refuse(
                "CN.connected-calls-per-day",
                $"{connected} of {policy.MaxConnectedCallsPerDay} connected calls to this debtor today (all collectors).",
                $"今天已接通该债务人 {connected}/{policy.MaxConnectedCallsPerDay} 次(所有催收员合计)。")
            : null;
    }

    // CN: at most 6 unanswered dials a day to the same number (CBA 2026) — any number, a third party's too.
    private static Refusal? DialsPerNumber(Asked asked)
    {
        var policy = asked.Policy;
        if (policy.IsUnitedStates || asked.Request.Method != ContactMethod.Call)
        {
            return null;
        }

        var unanswered = CallsOnBorrowersDay(asked.Facts, asked.Zone, asked.Local)
            .Count(c => c.Destination == asked.Request.Destination && (c.Failed || c.Pending));
        return unanswered >= policy.MaxUnansweredDialsPerNumberPerDay
            ? Refuse(
                "CN.dials-per-number",
                $"{unanswered} of {policy.MaxUnansweredDialsPerNumberPerDay} unanswered dials to this number today.",
                $"今天已拨打该号码 {unanswered}/{policy.MaxUnansweredDialsPerNumberPerDay} 次未接通。")
            : null;
    }

    // Both packs: contacts with one third party per day, every collector and agency together; the number is house policy
    // (Collections:Conduct:CnLimits / UsLimits), see ContactLimits.
    private static Refusal? ThirdPartyContactsPerPersonPerDay(Asked asked) =>
        ThirdPartyPerPerson(asked, 1, asked.Policy.Limits.ThirdPartyContactsPerPersonPerDay, "third-party-per-person-per-day");

    // Both packs: contacts with one third party in 7 calendar days (house policy).
    private static Refusal? ThirdPartyContactsPerPersonPerWeek(Asked asked) =>
        ThirdPartyPerPerson(asked, 7, asked.Policy.Limits.ThirdPartyContactsPerPersonPerWeek, "third-party-per-person-per-week");

    // Both packs: contacts with one third-party number per day, whoever it was entered for (house policy).
    private static Refusal? ThirdPartyContactsPerNumberPerDay(Asked asked) =>
        ThirdPartyPerNumber(asked, 1, asked.Policy.Limits.ThirdPartyContactsPerNumberPerDay, "third-party-per-number-per-day");

    // Both packs: contacts with one third-party number in 7 calendar days (house policy).
    private static Refusal? ThirdPartyContactsPerNumberPerWeek(Asked asked) =>
        ThirdPartyPerNumber(asked, 7, asked.Policy.Limits.ThirdPartyContactsPerNumberPerWeek, "third-party-per-number-per-week");

    // Both packs: SMS to the debtor per day, every number and collector together. Neither pack's sources give a number
    // (US: texts fall under the general ban on harassment, Reg F §1006.14(a)); house policy, see ContactLimits.
    private static Refusal? SmsPerDebtorPerDay(Asked asked) =>
        SmsPerDebtor(asked, 1, asked.Policy.Limits.SmsPerDebtorPerDay, "sms-per-debtor-per-day");

    // Both packs: SMS to the debtor in 7 calendar days (house policy).
    private static Refusal? SmsPerDebtorPerWeek(Asked asked) =>
        SmsPerDebtor(asked, 7, asked.Policy.Limits.SmsPerDebtorPerWeek, "sms-per-debtor-per-week");

    // US state overlay (Collections:Conduct:States): a state's cap on telephone communications — calls and texts —
    // the creditor initiates with the debtor in 7 days, borrower's calendar (MA: 2, 940 CMR 7.04(1)(f)).
    private static Refusal? StateTelephoneCommunications(Asked asked)
    {
        var request = asked.Request;
        if (asked.Policy.StateRulesFor(asked.Facts.Region) is not { MaxTelephoneCommunicationsInSevenDays: { } max } rules
            || request.Party != Party.Debtor || request.Method is not (ContactMethod.Call or ContactMethod.Sms))
        {
            return null;
        }

        var count = TelephoneCommunicationsInSevenDays(asked.Facts, asked.Zone, asked.Day);
        return count >= max
            ? Refuse(
                $"US.{asked.Facts.Region!.ToUpperInvariant()}.telephone-communications",
                $"{count} of {max} calls and texts to this debtor in the 7 days ending today ({rules.Citation}).",
                $"截至今天的 7 个自然日内已向该债务人致电或发短信 {count}/{max} 次({rules.Citation})。")
            : null;
    }

    private static Refusal? ThirdPartyPerPerson(Asked asked, int days, int max, string rule)
    {
        var request = asked.Request;
        return request.Party == Party.ThirdParty && request.ThirdPartyId is { } id
            ? OverLimit(asked, days, max, rule, c => c.Party == Party.ThirdParty && c.ThirdPartyId == id, "contacts with this person", "联系此人")
            : null;
    }

    private static Refusal? ThirdPartyPerNumber(Asked asked, int days, int max, string rule) =>
        asked.Request.Party == Party.ThirdParty
            ? OverLimit(asked, days, max, rule, c => c.Destination == asked.Request.Destination, "contacts with this number", "联系此号码")
            : null;

    private static Refusal? SmsPerDebtor(Asked asked, int days, int max, string rule) =>
        asked.Request.Party == Party.Debtor && asked.Request.Method == ContactMethod.Sms
            ? OverLimit(asked, days, max, rule, IsSmsToDebtor, "SMS to this debtor", "向该债务人发送短信")
            : null;

    /// <summary>A refusal when the contacts <paramref name="counts"/> picks on the last <paramref name="days"/> borrower days already reach <paramref name="max"/>.</summary>
    private static Refusal? OverLimit(
        Asked asked, int days, int max, string rule, Func<PastContact, bool> counts, string what, string whatZh)
    {
        var count = OnBorrowersDays(asked.Facts.History, asked.Zone, asked.Day, days).Count(counts);
        var (period, periodZh) = days == 1 ? ("today", "今天") : ($"in the {days} days ending today", $"截至今天的 {days} 个自然日内");
        return count >= max
            ? Refuse(
                $"{asked.Pack}.{rule}",
                $"{count} of {max} {what} {period} (all collectors and agencies).",
                $"{periodZh}已{whatZh} {count}/{max} 次(所有催收员和机构合计)。")
            : null;
    }

    // Both packs: a number or address is used only when we hold it lawfully — given by the borrower, on the
    // application, or found by a search the record names. US: a location search is how §1006.10 location
    // information is sought. CN: personal information needs a lawful basis (PIPL art. 13), and using numbers the
    // borrower never gave (the "通讯录" harvest, NIFA 2024) is banned: a third party's number found by search is used
    // only once that person agreed to be contacted.
    private static Refusal? ContactSourceLawful(Asked asked)
    {
        var request = asked.Request;
        if (request.Origin is not { } origin)
        {
            return null;
        }

        var unnamedSearch = origin.Source == ContactSource.FoundBySearch && string.IsNullOrWhiteSpace(origin.Search);
        if (origin.Source == ContactSource.Unknown || unnamedSearch)
        {
            return Refuse(
                "contact-source",
                "Nobody recorded where this number came from (the borrower, the application, or a named search); it is not used.",
                "此号码没有记录来源(借款人提供、申请资料或注明名称的查询),不得使用。");
        }

        return !asked.Policy.IsUnitedStates && origin.Source == ContactSource.FoundBySearch && request.Party == Party.ThirdParty
            && origin.ConsentedAt is null
            ? Refuse(
                "contact-source",
                "This third party's number was found by a search and the person has not agreed to be contacted; it is not used.",
                "此第三方号码来自查询,且本人未同意被联系,不得使用。")
            : null;
    }

    private static Refusal Refuse(string rule, string reason, string reasonZh) => new(rule, reason, reasonZh);

    private static string Chinese(ContactMethod method) => method switch
    {
        ContactMethod.Call => "电话",
        ContactMethod.Sms => "短信",
        ContactMethod.Letter => "信函",
        _ => "上门",
    };

    /// <summary>Calls (to anyone on the account) made or cleared on the borrower's calendar day of <paramref name="local"/>.</summary>
    private static List<PastContact> CallsOnBorrowersDay(GuardFacts facts, TimeZoneInfo zone, DateTimeOffset local)
    {
        var day = DateOnly.FromDateTime(local.DateTime);
        return [.. facts.History.Where(c => c.Method == ContactMethod.Call
            && DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.At, zone).DateTime) == day)];
    }

    private static int ConnectedToDebtor(IEnumerable<PastContact> calls) => calls.Count(c => c.Party == Party.Debtor && c.Connected);

    /// <summary>Calls to the debtor on the 7 borrower's calendar days ending on <paramref name="day"/> (that day being day 7).</summary>
    private static List<PastContact> DebtorCallsInSevenDays(GuardFacts facts, TimeZoneInfo zone, DateOnly day) =>
        [.. OnBorrowersDays(facts.History, zone, day, 7).Where(c => c.Method == ContactMethod.Call && c.Party == Party.Debtor)];

    /// <summary>
    /// Contacts on the <paramref name="days"/> borrower's calendar days ending on <paramref name="day"/>: a day is midnight to
    /// midnight on the borrower's clock, however long daylight saving makes it.
    /// </summary>
    private static IEnumerable<PastContact> OnBorrowersDays(IEnumerable<PastContact> history, TimeZoneInfo zone, DateOnly day, int days)
    {
        var first = day.AddDays(1 - days);
        return history.Where(c => LocalDay(c.At, zone) is var on && on >= first && on <= day);
    }

    private static DateOnly LocalDay(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private static bool IsSmsToDebtor(PastContact contact) => contact.Method == ContactMethod.Sms && contact.Party == Party.Debtor;

    /// <summary>
    /// State overlay: calls and texts to the debtor on the 7 borrower days ending on <paramref name="day"/>, except calls that
    /// reached nothing (no message could be left) and contacts the debtor asked for (not initiated by the creditor).
    /// </summary>
    private static int TelephoneCommunicationsInSevenDays(GuardFacts facts, TimeZoneInfo zone, DateOnly day) =>
        OnBorrowersDays(facts.History, zone, day, 7).Count(c => c.Party == Party.Debtor
            && c.Method is ContactMethod.Call or ContactMethod.Sms && c.Outcome != ContactOutcome.NotConnected && !c.Consented);

    /// <summary>§1006.14(b)(3): calls not connected to the dialled number, and calls the consumer consented to, do not count.</summary>
    private static int CountedTowardSevenInSeven(IEnumerable<PastContact> calls) =>
        calls.Count(c => c.Outcome != ContactOutcome.NotConnected && !c.Consented);

    /// <summary>A request as the rules weigh it: with the facts, the pack's values, and the borrower's clock at the planned time.</summary>
    private sealed class Asked
    {
        public Asked(ContactRequest request, GuardFacts facts, ConductPolicy policy)
        {
            Request = request;
            Facts = facts;
            Policy = policy;
            Zone = TimeZoneInfo.FindSystemTimeZoneById(facts.TimeZone);
            Local = TimeZoneInfo.ConvertTime(request.PlannedAt, Zone);
            Time = TimeOnly.FromDateTime(Local.DateTime);
            Day = DateOnly.FromDateTime(Local.DateTime);
            Pack = policy.IsUnitedStates ? "US" : "CN";
            Consented = facts.Choices.Consented?.Any(w => w.Contains(Time)) == true;
        }

        public ContactRequest Request { get; }

        public GuardFacts Facts { get; }

        public ConductPolicy Policy { get; }

        public TimeZoneInfo Zone { get; }

        /// <summary>The planned time on the borrower's clock.</summary>
        public DateTimeOffset Local { get; }

        public TimeOnly Time { get; }

        public DateOnly Day { get; }

        /// <summary>The pack's prefix of the rules whose words differ by jurisdiction ("CN.quiet-hours").</summary>
        public string Pack { get; }

        /// <summary>The borrower agreed to contact at this time: it opens the quiet hours and a time named inconvenient.</summary>
        public bool Consented { get; }

        /// <summary>A call to the debtor (not to a third party): the call limits count these.</summary>
        public bool IsCallToDebtor => Request.Party != Party.ThirdParty && Request.Method == ContactMethod.Call;
    }
}
