using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.ImportAgencyContacts;
using BackOffice.Collections.Features.LogContact;
using BackOffice.Collections.Features.RequestClearance;
using BackOffice.Host.Tests.Servicing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections;

/// <summary>
/// Collection that works without abuse, end to end on the business clock: a delinquent loan is queued and
/// assigned to a certified collector, a call at 22:30 borrower time is blocked, at 10:00 allowed and logged
/// with a promise to pay, and the payment keeps the promise.
/// </summary>
public sealed class CollectionsJourneyTests
{
    private static readonly string[] AgencyDayTimes = ["09:05", "10:40", "12:15", "13:30"];

    [Fact]
    public async Task Delinquent_loan_is_queued_assigned_blocked_at_2230_allowed_at_1000_promise_logged_and_kept_by_the_payment()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var firstDue = loan.BookedOn.AddMonths(1);
        var account = await CollectionsHost.AccountAsync(factory, loan.Id);
        Assert.NotNull(account);
        Assert.Equal("early", account.Queue);
        Assert.Equal(collectorId, account.AssignedTo);

        // 14:30 UTC is 22:30 in Shanghai, where the borrower lives.
        factory.Clock.SetUtcNow(new DateTimeOffset(firstDue.AddDays(5).ToDateTime(new TimeOnly(14, 30)), TimeSpan.Zero));
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var home = await collector.GetPageAsync("/collections");
        Assert.Contains(home.QuerySelectorAll("#my-accounts a"), a => a.TextContent == loan.LoanNumber);
        var work = $"/collections/Accounts/Work/{loan.Id}";
        var first = await collector.GetPageAsync(work);
        var call = new Dictionary<string, string>
        {
            ["method"] = "Call", ["contactPointId"] = first.QuerySelector("#contactPointId option")!.GetAttribute("value")!,
        };
        var blocked = await collector.FollowAsync(await collector.SubmitAsync(first, "#clear-form", call));
        Assert.NotNull(blocked.QuerySelector("#clearance-blocked"));
        Assert.Contains("22:30", blocked.QuerySelector("#refusals li[data-rule='CN.quiet-hours']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(blocked.QuerySelector("#log-form"));

        // 02:00 UTC the next day is 10:00 for the borrower.
        factory.Clock.SetUtcNow(new DateTimeOffset(firstDue.AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        await collector.SignInAsync(DemoStaff.Collector);
        var page = await collector.GetPageAsync(work);
        Assert.Equal("3 of 3 connected calls left today.", page.QuerySelector("#calls-left")!.TextContent);
        var allowed = await collector.FollowAsync(await collector.SubmitAsync(page, "#clear-form", call));
        Assert.NotNull(allowed.QuerySelector("#clearance-allowed"));
        var promisedFor = firstDue.AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var logged = await collector.FollowAsync(await collector.SubmitAsync(allowed, "#log-form", new Dictionary<string, string>
        {
            ["Outcome"] = nameof(ContactOutcome.PromiseToPay), ["Note"] = "Borrower will pay on Sunday after payday.",
            ["PromisedAmount"] = "500", ["PromisedFor"] = promisedFor, ["IdentifiedCompanyAndSelf"] = "true",
        }));
        Assert.NotNull(logged.QuerySelector("#status-message"));
        Assert.Equal("2 of 3 connected calls left today.", logged.QuerySelector("#calls-left")!.TextContent);
        Assert.Contains(promisedFor, logged.QuerySelector("#promises")!.TextContent, StringComparison.Ordinal);

        var gateway = await ServicingHost.GatewayAsync(factory);
        var payment = new
        {
            loanNumber = loan.LoanNumber, externalReference = "GW-" + Guid.NewGuid().ToString("N"), amount = 500m, valueDate = firstDue.AddDays(6),
        };
        var paid = await gateway.PostAsJsonAsync("/api/v1/payments", payment, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, paid.StatusCode);
        await ServicingHost.DeliverEventsAsync(factory);

        var promise = await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.Promises.SingleAsync(p => p.LoanId == loan.Id, TestContext.Current.CancellationToken));
        Assert.Equal(PromiseStatus.Kept, promise.Status);
        var blockedEvents = await CollectionsHost.WithCollectionsAsync(factory, async db =>
            (await db.OutboxMessages.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken))
                .Select(m => m.ToEvent()).OfType<ContactBlockedIntegrationEvent>().ToList());
        Assert.Contains(blockedEvents, e => e.Rule == "CN.quiet-hours" && e.LoanReference == loan.LoanNumber);

        var manager = StaffClient.For(factory);
        await manager.SignInAsync(DemoStaff.Manager);
        var cells = (await manager.GetPageAsync("/collections/Scorecards")).QuerySelectorAll("#scorecards tbody tr td").Select(td => td.TextContent)
            .ToList();
        // Accounts (the second cell) also counts the demo loan, which the same close of business made delinquent.
        Assert.Equal(["Colin Collector", "1", "1", "0", "0", "1", "0", "500.00"], cells.Take(1).Concat(cells.Skip(2)));
    }

    [Fact]
    public async Task No_contact_is_logged_without_a_clearance_and_a_clearance_is_used_once()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var phone = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id).SelectMany(d => d.Contacts)
            .FirstAsync(c => c.Kind == ContactPointKind.Phone, TestContext.Current.CancellationToken));

        await Assert.ThrowsAsync<BuildingBlocks.Errors.NotFoundException>(() =>
            SendAsync(factory, new LogContactCommand(Guid.NewGuid(), collectorId, ContactOutcome.RightParty, null, false, null, null)));
        var cleared = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone.Id, ContactMethod.Call, null, null));
        var flagged = await SendAsync(
            factory, new LogContactCommand(cleared.Id, collectorId, ContactOutcome.RightParty, "Told him the police will come", false, null, null));
        Assert.False(flagged.Logged);
        await SendAsync(factory, new LogContactCommand(
            cleared.Id, collectorId, ContactOutcome.RightParty, "Spoke politely.", false, null, null, IdentifiedCompanyAndSelf: true));
        await Assert.ThrowsAsync<BuildingBlocks.Errors.BusinessRuleException>(() =>
            SendAsync(factory, new LogContactCommand(cleared.Id, collectorId, ContactOutcome.RightParty, null, false, null, null)));

        var attempts = await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.Attempts.CountAsync(a => a.LoanId == loan.Id, TestContext.Current.CancellationToken));
        Assert.Equal(1, attempts);
        var flags = await CollectionsHost.WithCollectionsAsync(factory, async db =>
            (await db.OutboxMessages.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken))
                .Select(m => m.ToEvent()).OfType<ConductFlagRaisedIntegrationEvent>().ToList());
        Assert.Contains(flags, f => f.Rule == "fake-legal:police will");
    }

    [Fact]
    public async Task A_collector_sees_only_their_own_accounts_and_a_lapsed_certification_takes_them_back_to_the_queue()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var manager = StaffClient.For(factory);
        await manager.SignInAsync(DemoStaff.Manager);
        Assert.Equal(HttpStatusCode.OK, (await collector.GetAsync($"/collections/Accounts/Work/{loan.Id}")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(
                new BackOffice.Training.Contracts.CertificationSuspendedIntegrationEvent(
                    Guid.NewGuid(), collectorId, BackOffice.Training.Contracts.ContactChannel.PhoneAndSms, "complaint upheld", "compliance")
                { OccurredAt = factory.Clock.GetUtcNow() },
                TestContext.Current.CancellationToken);
        }

        Assert.Null((await CollectionsHost.AccountAsync(factory, loan.Id))!.AssignedTo);
        Assert.Equal(HttpStatusCode.NotFound, (await collector.GetAsync($"/collections/Accounts/Work/{loan.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/collections/Accounts/Work/{loan.Id}")).StatusCode);
        var queues = await manager.GetPageAsync("/collections");
        Assert.Contains(queues.QuerySelectorAll("#unassigned a"), a => a.TextContent == loan.LoanNumber);
    }

    [Fact]
    public async Task A_cease_request_recorded_on_the_page_blocks_the_next_contact_with_its_reason()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, _) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var work = $"/collections/Accounts/Work/{loan.Id}";

        var recorded = await collector.FollowAsync(
            await collector.SubmitAsync(work, "#choice-form", new Dictionary<string, string> { ["kind"] = "CeaseRequest", ["how"] = "Letter" }));
        Assert.NotNull(recorded.QuerySelector("#status-message"));
        var phone = recorded.QuerySelector("#contactPointId option")!.GetAttribute("value")!;
        var blocked = await collector.FollowAsync(
            await collector.SubmitAsync(recorded, "#clear-form", new Dictionary<string, string> { ["method"] = "Sms", ["contactPointId"] = phone }));

        Assert.NotNull(blocked.QuerySelector("#refusals li[data-rule='cease-request']"));
    }

    [Fact]
    public async Task A_screened_note_and_a_refused_form_come_back_to_the_work_page_saying_why_once()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, _) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var page = await collector.GetPageAsync($"/collections/Accounts/Work/{loan.Id}");
        var call = new Dictionary<string, string>
        {
            ["method"] = "Call", ["contactPointId"] = page.QuerySelector("#contactPointId option")!.GetAttribute("value")!,
        };
        var allowed = await collector.FollowAsync(await collector.SubmitAsync(page, "#clear-form", call));

        var flagged = await collector.FollowAsync(await collector.SubmitAsync(allowed, "#log-form", new Dictionary<string, string>
        {
            ["Outcome"] = nameof(ContactOutcome.RightParty), ["Note"] = "Told him the police will come",
        }));
        Assert.Equal(
            "The note was not saved: it contains fake-legal (police will). Compliance has been told. Write it again without those words.",
            Assert.Single(flagged.QuerySelectorAll("#error-message")).TextContent);
        Assert.Empty(flagged.QuerySelectorAll("#status-message"));
        Assert.NotNull(flagged.QuerySelector("#log-form"));

        var refused = await collector.FollowAsync(
            await collector.SubmitAsync(flagged, "#visit-form", new Dictionary<string, string> { ["reason"] = " " }));
        Assert.Equal("Say why a visit is needed.", Assert.Single(refused.QuerySelectorAll("#error-message")).TextContent);

        var logged = await collector.FollowAsync(await collector.SubmitAsync(flagged, "#log-form", new Dictionary<string, string>
        {
            ["Outcome"] = nameof(ContactOutcome.RightParty), ["Note"] = "Spoke politely.", ["IdentifiedCompanyAndSelf"] = "true",
        }));
        Assert.Equal("The contact is logged.", Assert.Single(logged.QuerySelectorAll("#status-message")).TextContent);
        Assert.Empty(logged.QuerySelectorAll("#error-message"));
    }

    [Fact]
    public async Task Visit_asked_approved_with_repossession_noticed_waited_for_and_done_by_two_certified_collectors_repossesses_the_loan()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var managerId = await CollectionsHost.StaffIdAsync(factory, DemoStaff.Manager);
        // The CN conduct course the collector holds certifies the notice-of-intent letter: no US course is needed.
        foreach (var (who, course) in new[] { (collectorId, "FIELD-VISITS"), (managerId, "FIELD-VISITS") })
        {
            await CollectionsHost.CertifyAsync(factory, who, factory.Clock.GetUtcNow(), course);
        }

        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var manager = StaffClient.For(factory);
        await manager.SignInAsync(DemoStaff.Manager);
        var work = $"/collections/Accounts/Work/{loan.Id}";
        await collector.SubmitAsync(
            work, "#visit-form", new Dictionary<string, string> { ["reason"] = "Unreachable for six weeks; vehicle seen at the address." });
        var home = await manager.GetPageAsync("/collections");
        await manager.SubmitAsync(home, "#visits form", new Dictionary<string, string> { ["approve"] = "true", ["allowRepossession"] = "true" });

        var address = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id).SelectMany(d => d.Contacts)
            .FirstAsync(c => c.Kind == ContactPointKind.Address, TestContext.Current.CancellationToken));
        var tooEarly = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, address.Id, ContactMethod.Visit, null, managerId));
        Assert.Contains(tooEarly.Refusals, r => r.Rule == "visit-approval");
        var letter = await collector.FollowAsync(await collector.SubmitAsync(
            work, "#clear-form", new Dictionary<string, string> { ["method"] = "Letter", ["contactPointId"] = address.Id.ToString() }));
        var sent = await collector.FollowAsync(await collector.SubmitAsync(
            letter, "#send-form", new Dictionary<string, string> { ["template"] = "notice-of-intent", ["chinese"] = "true" }));
        Assert.Contains("Notice of intent sent", sent.QuerySelector("#visit-status")!.TextContent, StringComparison.Ordinal);
        var message = await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.SentMessages.SingleAsync(m => m.LoanId == loan.Id, TestContext.Current.CancellationToken));
        Assert.Contains("您可书面要求我们停止联系", message.Text, StringComparison.Ordinal);

        var waiting = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, address.Id, ContactMethod.Visit, null, managerId));
        Assert.Contains(waiting.Refusals, r => r.Rule == "visit-notice-period");

        factory.Clock.Advance(TimeSpan.FromDays(7));
        var alone = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, address.Id, ContactMethod.Visit, null, null));
        Assert.Contains(alone.Refusals, r => r.Rule == "visit-two-collectors");
        var visit = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, address.Id, ContactMethod.Visit, null, managerId));
        Assert.True(visit.Allowed, string.Join("; ", visit.Refusals.Select(r => r.Reason)));
        await SendAsync(factory, new LogContactCommand(
            visit.Id, collectorId, ContactOutcome.VehicleRepossessed, "Keys handed over calmly; receipt given.", false, null, null));
        await ServicingHost.DeliverEventsAsync(factory);

        Assert.Equal(BackOffice.Servicing.Domain.LoanStatus.Repossessed, (await ServicingHost.LoanAsync(factory, loan.Id)).Status);
        Assert.Equal(CollectionAccountStatus.Closed, (await CollectionsHost.AccountAsync(factory, loan.Id))!.Status);
    }

    [Fact]
    public async Task Third_party_is_kept_in_E164_and_refused_while_the_debtor_answers_and_hardship_goes_to_the_care_team()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var work = $"/collections/Accounts/Work/{loan.Id}";

        var relativeForm = new Dictionary<string, string>
        {
            ["name"] = "Wang Lei", ["relationship"] = "relative", ["phone"] = "139 0000 1111",
            ["source"] = "GivenByBorrower",
        };
        await collector.SubmitAsync(work, "#third-party-form", relativeForm);
        var contacts = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id)
            .SelectMany(d => d.Contacts).ToListAsync(TestContext.Current.CancellationToken));
        var relative = Assert.Single(contacts, c => c.Party == Party.ThirdParty);
        Assert.Equal("+8613900001111", relative.Value);
        var toRelative = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, relative.Id, ContactMethod.Call, null, null));
        Assert.Contains(toRelative.Refusals, r => r.Rule == "CN.third-party-debtor-reachable");

        var phone = contacts.First(c => c.Party == Party.Debtor && c.Kind == ContactPointKind.Phone);
        var call = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone.Id, ContactMethod.Call, null, null));
        await SendAsync(factory, new LogContactCommand(
            call.Id, collectorId, ContactOutcome.Hardship, "Lost his job last month; wants to pay but cannot now.", false, null, null,
            IdentifiedCompanyAndSelf: true));
        await ServicingHost.DeliverEventsAsync(factory);

        var care = StaffClient.For(factory);
        await care.SignInAsync(DemoStaff.Care);
        var worklist = await care.GetPageAsync("/servicing/Care");
        Assert.Contains(worklist.QuerySelectorAll("#warnings a"), a => a.TextContent == loan.LoanNumber);
    }

    /// <summary>A certified collector, and a loan five days past due whose account the strategy queued and gave them.</summary>
    [Fact]
    public async Task Connected_calls_per_day_count_all_collectors_and_agencies_together_and_an_agency_breach_reaches_compliance()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var phone = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id).SelectMany(d => d.Contacts)
            .FirstAsync(c => c.Kind == ContactPointKind.Phone, TestContext.Current.CancellationToken));
        var day = loan.BookedOn.AddMonths(1).AddDays(6);
        factory.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));
        var log = "agency,reference,loan_number,at,method,destination,outcome\n" + string.Concat(AgencyCallTimes(day).Select((at, i) =>
            $"Eastern Recoveries,ER-{i},{loan.LoanNumber},{at},call,{phone.Value},right-party\n"));

        var refused = await SendAsync(
            factory, new ImportAgencyContactsCommand(log.Replace("right-party\n", "maybe\n", StringComparison.Ordinal), DemoStaff.Manager));
        Assert.Equal(0, refused.Imported);
        Assert.Equal([2, 3, 4, 5, 6], refused.Rejected.Select(r => r.Line));
        Assert.True((await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone.Id, ContactMethod.Call, null, null))).Allowed);

        var imported = await SendAsync(factory, new ImportAgencyContactsCommand(log, DemoStaff.Manager));
        Assert.Equal((5, 0, 2), (imported.Imported, imported.AlreadyImported, imported.Breaches));
        var again = await SendAsync(factory, new ImportAgencyContactsCommand(log, DemoStaff.Manager));
        Assert.Equal((0, 5, 0), (again.Imported, again.AlreadyImported, again.Breaches));

        // The clearance asked before the import has expired; the agency's connected calls today reach the limit alone.
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var blocked = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone.Id, ContactMethod.Call, null, null));
        Assert.Equal("CN.connected-calls-per-day", Assert.Single(blocked.Refusals).Rule);
        Assert.StartsWith("4 of 3 connected calls", blocked.Refusals[0].Reason, StringComparison.Ordinal);

        // The night call and the fourth call of the day were breaches the agency committed: Compliance has them.
        await ServicingHost.DeliverEventsAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var violations = await scope.ServiceProvider.GetRequiredService<BackOffice.Compliance.Persistence.ComplianceDbContext>().Violations
            .Where(v => v.Source == BackOffice.Compliance.Domain.ViolationSource.AgencyContact).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["CN.connected-calls-per-day", "CN.quiet-hours"], violations.Select(v => v.Rule).Order());
        Assert.All(violations, v => Assert.Equal(("agency:Eastern Recoveries", loan.LoanNumber), (v.CollectorId, v.Reference)));

        // The regulator report's contacts by hour and channel count the agency's calls too.
        var figures = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new ConductFiguresQuery(
                new DateTimeOffset(day.AddDays(-1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)),
            TestContext.Current.CancellationToken);
        Assert.Equal((1, 5), (figures.ContactsByHour[22], figures.ContactsByMethod["Call"]));

        var manager = StaffClient.For(factory);
        await manager.SignInAsync(DemoStaff.Manager);
        var page = await manager.GetPageAsync("/collections/AgencyContacts");
        Assert.Equal(5, page.QuerySelectorAll("#agency-contacts tbody tr").Length);
        Assert.Equal(2, page.QuerySelectorAll("#agency-contacts tbody td.alert").Length);
        var scorecards = await manager.GetPageAsync("/collections/Scorecards");
        Assert.Equal(["Eastern Recoveries", "5", "2", "1"], scorecards.QuerySelectorAll("#agency-scorecards tbody td")
            .Select(td => td.TextContent.Trim()));
    }

    /// <summary>A call at 22:40 the night before, and four connected calls on the borrower's day, Shanghai time.</summary>
    private static IEnumerable<string> AgencyCallTimes(DateOnly day) =>
        [$"{day.AddDays(-1):yyyy-MM-dd}T22:40:00+08:00", .. AgencyDayTimes.Select(time => $"{day:yyyy-MM-dd}T{time}:00+08:00")];

    [Fact]
    public async Task US_pack_validation_notice_due_5_days_after_the_first_conversation_blocks_calls_until_the_letter_goes()
    {
        await using var factory = new BusinessClockFactory(new Dictionary<string, string?> { ["PolicyPack"] = "US" });
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        await CollectionsHost.CertifyAsync(factory, collectorId, factory.Clock.GetUtcNow(), "CONDUCT-US");
        var contacts = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id)
            .SelectMany(d => d.Contacts).ToListAsync(TestContext.Current.CancellationToken));
        var phone = contacts.First(c => c.Kind == ContactPointKind.Phone).Id;
        var address = contacts.First(c => c.Kind == ContactPointKind.Address).Id;
        var talked = loan.BookedOn.AddMonths(1).AddDays(6);

        // 02:00 UTC is 10:00 for the borrower in Shanghai: inside the US pack's hours.
        factory.Clock.SetUtcNow(new DateTimeOffset(talked.ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var first = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));
        await SendAsync(
            factory, new LogContactCommand(first.Id, collectorId, ContactOutcome.RightParty, "Explained the arrears.", false, null, null));

        factory.Clock.SetUtcNow(new DateTimeOffset(talked.AddDays(8).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var blocked = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));
        Assert.Equal("US.validation-notice", Assert.Single(blocked.Refusals).Rule);
        Assert.Contains(talked.AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), blocked.Refusals[0].Reason, StringComparison.Ordinal);

        // Past the deadline a letter goes only when its clearance names the validation notice: not a reminder by letter.
        var reminder = await SendAsync(
            factory, new RequestClearanceCommand(loan.Id, collectorId, address, ContactMethod.Letter, null, null, "payment-reminder"));
        Assert.Equal("US.validation-notice", Assert.Single(reminder.Refusals).Rule);
        var letter = await SendAsync(factory, new RequestClearanceCommand(
            loan.Id, collectorId, address, ContactMethod.Letter, null, null, MessageTemplates.ValidationNotice));
        Assert.True(letter.Allowed);
        await SendAsync(factory, new BackOffice.Collections.Features.SendMessage.SendMessageCommand(
            letter.Id, collectorId, MessageTemplates.ValidationNotice, false, null));
        var sent = await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.SentMessages.SingleAsync(m => m.LoanId == loan.Id, TestContext.Current.CancellationToken));
        Assert.Contains("You may dispute all or part of this debt", sent.Text, StringComparison.Ordinal);
        // Sent on Friday 15 January 2027 (10:00 in Shanghai); Monday 18th is Martin Luther King Jr. Day: receipt is assumed on
        // Monday 25th, and the dispute period ends 30 days later.
        Assert.Equal(new DateOnly(2027, 1, 7), talked);
        Assert.Contains("by 2027-02-24;", sent.Text, StringComparison.Ordinal);

        Assert.True((await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null))).Allowed);
    }

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }
}
