using System.Net;
using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Compliance.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Outbox;

/// <summary>An event that keeps failing becomes a dead letter that operators see, retry or discard; none is lost in silence.</summary>
public sealed class DeadLetterTests
{
    private const string Page = "/DeadLetters";

    [Fact]
    public async Task After_the_last_allowed_attempt_the_event_is_a_dead_letter_the_health_says_degraded_and_the_page_lists_it_with_its_error()
    {
        using var factory = new StandInReceiverFactory();
        var loan = Guid.NewGuid();
        var failing = StandInReceiver.DelinquencyChanged(loan, "A1");
        factory.Receiver.Fail("A1");
        await factory.PublishAsync(failing, StandInReceiver.LoanCured(loan, "A2"));

        await factory.DispatchAsync(passes: StandInReceiverFactory.MaxAttempts - 1);
        Assert.Null((await factory.OutboxRowAsync(failing)).DeadLetteredAt);
        Assert.Equal("Healthy", await ReadinessAsync(factory));

        await factory.DispatchAsync(passes: 1);
        var row = await factory.OutboxRowAsync(failing);
        Assert.NotNull(row.DeadLetteredAt);
        Assert.Equal("Degraded", await ReadinessAsync(factory));

        // A dead letter is not tried again by the dispatcher, and it still holds back the loan's later event.
        await factory.DispatchAsync(passes: 2);
        Assert.Equal(StandInReceiverFactory.MaxAttempts, (await factory.OutboxRowAsync(failing)).Attempts);
        Assert.Empty(factory.Receiver.HandledFor(loan));

        var admin = await SignedInAdminAsync(factory);
        var listed = (await admin.GetPageAsync(Page)).QuerySelector($"#dead-letters tr[data-module='Servicing'][data-sequence='{row.Sequence}']");
        Assert.NotNull(listed);
        Assert.Contains(nameof(BackOffice.Servicing.Contracts.DelinquencyChangedIntegrationEvent), listed.TextContent, StringComparison.Ordinal);
        Assert.Contains(failing.OrderingKey, listed.TextContent, StringComparison.Ordinal);
        Assert.Contains(StandInReceiver.Error, listed.QuerySelector(".error-text")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_delivers_the_dead_letter_and_then_the_events_it_held_back_in_order()
    {
        using var factory = new StandInReceiverFactory();
        var loan = Guid.NewGuid();
        var failing = await DeadLetterAsync(factory, loan);
        factory.Receiver.Recover("A1");

        var admin = await SignedInAdminAsync(factory);
        var after = await admin.FollowAsync(await admin.SubmitAsync(Page, RetryForm(failing)));
        Assert.NotNull(after.QuerySelector("#status-message"));
        Assert.NotNull(after.QuerySelector("#no-dead-letters"));

        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["A1", "A2", "A3"], factory.Receiver.HandledFor(loan));
        Assert.Equal("Healthy", await ReadinessAsync(factory));
        var audited = Assert.Single(await AuditAsync(factory, $"outbox:Servicing/{failing.Sequence}"));
        Assert.Equal(OutboxAuditActions.DeadLetterRetried, audited.Action);
        Assert.Equal(await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Admin), audited.Actor);
    }

    [Fact]
    public async Task Discarding_with_a_reason_is_audited_and_releases_the_later_events_of_the_aggregate()
    {
        using var factory = new StandInReceiverFactory();
        var loan = Guid.NewGuid();
        var failing = await DeadLetterAsync(factory, loan);
        var admin = await SignedInAdminAsync(factory);

        var refused = await admin.FollowAsync(await admin.SubmitAsync(Page, DiscardForm(failing), new Dictionary<string, string> { ["reason"] = " " }));
        Assert.NotNull(refused.QuerySelector("#error-message"));
        Assert.NotNull((await factory.OutboxRowAsync(failing.Id)).DeadLetteredAt);
        Assert.Null((await factory.OutboxRowAsync(failing.Id)).DiscardedAt);

        const string reason = "Loan corrected by hand in Collections";
        await admin.SubmitAsync(Page, DiscardForm(failing), new Dictionary<string, string> { ["reason"] = reason });
        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["A2", "A3"], factory.Receiver.HandledFor(loan));
        var row = await factory.OutboxRowAsync(failing.Id);
        Assert.NotNull(row.DiscardedAt);
        Assert.Equal(reason, row.DiscardReason);
        Assert.Equal("Healthy", await ReadinessAsync(factory));
        var audited = Assert.Single(await AuditAsync(factory, $"outbox:Servicing/{failing.Sequence}"));
        Assert.Equal(OutboxAuditActions.DeadLetterDiscarded, audited.Action);
        Assert.Contains(reason, audited.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operators_settling_one_dead_letter_at_once_change_it_once_and_every_other_is_told_it_was_already_settled()
    {
        using var factory = new StandInReceiverFactory();
        var failing = await DeadLetterAsync(factory, Guid.NewGuid());
        var admins = new List<(StaffClient Client, AngleSharp.Dom.IDocument Page)>();
        for (var i = 0; i < 10; i++)
        {
            var admin = await SignedInAdminAsync(factory);
            admins.Add((admin, await admin.GetPageAsync(Page)));
        }

        // Half retry, half discard, all from a page that still shows the letter.
        var answers = await Task.WhenAll(admins.Select((a, i) => i % 2 == 0
            ? a.Client.SubmitAsync(a.Page, RetryForm(failing))
            : a.Client.SubmitAsync(a.Page, DiscardForm(failing), new Dictionary<string, string> { ["reason"] = "duplicate" })));

        var pages = await Task.WhenAll(answers.Select((answer, i) => admins[i].Client.FollowAsync(answer)));
        Assert.Single(pages, p => p.QuerySelector("#status-message") is not null);
        Assert.Equal(9, pages.Count(p => p.QuerySelector("#error-message") is not null));
        Assert.Single(await AuditAsync(factory, $"outbox:Servicing/{failing.Sequence}"));
    }

    [Fact]
    public async Task The_dead_letter_list_is_paged_in_the_order_the_events_happened()
    {
        using var factory = new StandInReceiverFactory();
        var loans = Enumerable.Range(0, 23).Select(_ => Guid.NewGuid()).ToList();
        foreach (var (loan, n) in loans.Select((loan, n) => (loan, n)))
        {
            factory.Receiver.Fail($"D{n}");
        }

        await factory.PublishAsync([.. loans.Select((loan, n) => (IntegrationEvent)StandInReceiver.DelinquencyChanged(loan, $"D{n}"))]);
        await factory.DispatchAsync(passes: StandInReceiverFactory.MaxAttempts);

        var admin = await SignedInAdminAsync(factory);
        var first = await admin.GetPageAsync(Page);
        var second = await admin.GetPageAsync(Page + "?page=2");
        var firstRows = first.QuerySelectorAll("#dead-letters tbody tr").Select(r => long.Parse(r.GetAttribute("data-sequence")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var secondRows = second.QuerySelectorAll("#dead-letters tbody tr").Select(r => long.Parse(r.GetAttribute("data-sequence")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Equal(20, firstRows.Count);
        Assert.Equal(3, secondRows.Count);
        Assert.Equal(firstRows.Concat(secondRows).Order(), firstRows.Concat(secondRows));
        Assert.NotNull(first.QuerySelector(".pager a[rel='next']"));
    }

    /// <summary>A1 dead after every attempt, holding back A2 and A3 of the same loan.</summary>
    private static async Task<OutboxMessage> DeadLetterAsync(StandInReceiverFactory factory, Guid loan)
    {
        var failing = StandInReceiver.DelinquencyChanged(loan, "A1");
        factory.Receiver.Fail("A1");
        await factory.PublishAsync(failing, StandInReceiver.LoanCured(loan, "A2"), StandInReceiver.DelinquencyChanged(loan, "A3"));
        await factory.DispatchAsync(passes: StandInReceiverFactory.MaxAttempts);
        var row = await factory.OutboxRowAsync(failing);
        Assert.NotNull(row.DeadLetteredAt);
        return row;
    }

    private static string RetryForm(OutboxMessage letter) =>
        $"tr[data-sequence='{letter.Sequence}'][data-module='Servicing'] form[action='/DeadLetters/Retry']";

    private static string DiscardForm(OutboxMessage letter) =>
        $"tr[data-sequence='{letter.Sequence}'][data-module='Servicing'] form[action='/DeadLetters/Discard']";

    private static async Task<StaffClient> SignedInAdminAsync(BackOfficeFactory factory)
    {
        var admin = StaffClient.For(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SignInAsync(DemoStaff.Admin)).StatusCode);
        return admin;
    }

    private static async Task<string> ReadinessAsync(BackOfficeFactory factory)
    {
        var response = await factory.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<IReadOnlyList<AuditEntryDto>> AuditAsync(BackOfficeFactory factory, string subject)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<ISender>().Send(
            new AuditEntriesQuery(Subject: subject), TestContext.Current.CancellationToken);
        return page.Items;
    }
}
