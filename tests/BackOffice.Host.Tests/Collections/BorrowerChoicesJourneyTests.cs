using System.Globalization;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Tests.Collections;

/// <summary>
/// The borrower's choices on the work page, end to end: recorded with how the borrower told us, withdrawn by the
/// borrower, a dispute answered by the verification letter, each act kept in the history the page shows; and a third
/// party's number added with where it came from.
/// </summary>
public sealed class BorrowerChoicesJourneyTests
{
    [Fact]
    public async Task A_cease_request_withdrawn_in_writing_lets_contact_resume_and_the_page_keeps_its_history()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, _) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var today = factory.Clock.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var work = $"/collections/Accounts/Work/{loan.Id}";

        var ceased = await collector.FollowAsync(await collector.SubmitAsync(
            work, "#choice-form", new Dictionary<string, string> { ["kind"] = "CeaseRequest", ["how"] = "Letter" }));
        var phone = ceased.QuerySelector("#contactPointId option")!.GetAttribute("value")!;
        var call = new Dictionary<string, string> { ["method"] = "Call", ["contactPointId"] = phone };
        var blocked = await collector.FollowAsync(await collector.SubmitAsync(ceased, "#clear-form", call));
        Assert.NotNull(blocked.QuerySelector("#refusals li[data-rule='cease-request']"));

        var page = await collector.GetPageAsync(work);
        var byPhone = await collector.FollowAsync(await collector.SubmitAsync(
            page, "#choice-history li[data-binding='true'] form", new Dictionary<string, string> { ["how"] = "Phone" }));
        Assert.Equal(
            "A cease request is withdrawn only in the borrower's writing: a letter, an e-mail or the borrower site.",
            Assert.Single(byPhone.QuerySelectorAll("#error-message")).TextContent);
        var withdrawn = await collector.FollowAsync(await collector.SubmitAsync(
            byPhone, "#choice-history li[data-binding='true'] form", new Dictionary<string, string> { ["how"] = "Email" }));

        Assert.Equal("The borrower withdrew the choice; it no longer binds collectors.", withdrawn.QuerySelector("#status-message")!.TextContent);
        var history = Assert.Single(withdrawn.QuerySelectorAll("#choice-history li"));
        Assert.Equal("false", history.GetAttribute("data-binding"));
        Assert.Contains($"Set by the borrower on {today} by letter, recorded by Colin Collector.", history.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Withdrawn on {today} by e-mail, recorded by Colin Collector.", history.TextContent, StringComparison.Ordinal);
        Assert.Null(history.QuerySelector("form"));
        var allowed = await collector.FollowAsync(await collector.SubmitAsync(withdrawn, "#clear-form", call));
        Assert.NotNull(allowed.QuerySelector("#clearance-allowed"));
    }

    [Fact]
    public async Task A_dispute_pauses_collection_until_the_verification_letter_goes_even_after_a_cease_request_and_pauses_again_when_raised_again()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, _) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var work = $"/collections/Accounts/Work/{loan.Id}";
        await collector.SubmitAsync(work, "#choice-form", new Dictionary<string, string> { ["kind"] = "Dispute", ["how"] = "Phone" });
        var disputed = await collector.GetPageAsync(work);
        var sms = new Dictionary<string, string>
        {
            ["method"] = "Sms", ["contactPointId"] = disputed.QuerySelector("#contactPointId option")!.GetAttribute("value")!,
        };
        Assert.NotNull((await collector.FollowAsync(await collector.SubmitAsync(disputed, "#clear-form", sms)))
            .QuerySelector("#refusals li[data-rule='dispute']"));
        await collector.SubmitAsync(work, "#choice-form", new Dictionary<string, string> { ["kind"] = "CeaseRequest", ["how"] = "Letter" });

        var verified = await collector.FollowAsync(
            await collector.SubmitAsync(work, "#verify-form", new Dictionary<string, string> { ["chinese"] = "false" }));

        Assert.Equal(
            "The verification letter is sent; the dispute is answered and collection may resume.",
            verified.QuerySelector("#status-message")!.TextContent);
        var letter = Assert.Single(await CollectionsHost.WithCollectionsAsync(factory, db => db.SentMessages.AsNoTracking()
            .Where(m => m.LoanId == loan.Id).ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(ContactMethod.Letter, letter.Method);
        Assert.Contains($", you disputed the debt on loan {loan.LoanNumber}.", letter.Text, StringComparison.Ordinal);
        Assert.Null(verified.QuerySelector("#verify-form"));
        Assert.Contains(
            verified.QuerySelectorAll("#choice-history li"),
            li => li.TextContent.Contains("Answered by the verification letter on", StringComparison.Ordinal)
                && li.TextContent.Contains("sent by Colin Collector.", StringComparison.Ordinal));

        // The cease request still binds (the letter answered the dispute, not the cease); withdrawn in writing, contact resumes.
        var ceaseOnly = Assert.Single(
            (await collector.FollowAsync(await collector.SubmitAsync(verified, "#clear-form", sms))).QuerySelectorAll("#refusals li"));
        Assert.Equal("cease-request", ceaseOnly.GetAttribute("data-rule"));
        var page = await collector.GetPageAsync(work);
        await collector.SubmitAsync(page, "#choice-history li[data-binding='true'] form", new Dictionary<string, string> { ["how"] = "Letter" });
        Assert.NotNull((await collector.FollowAsync(await collector.SubmitAsync(work, "#clear-form", sms))).QuerySelector("#clearance-allowed"));

        await collector.SubmitAsync(work, "#choice-form", new Dictionary<string, string> { ["kind"] = "Dispute", ["how"] = "Email" });
        Assert.NotNull((await collector.FollowAsync(await collector.SubmitAsync(work, "#clear-form", sms)))
            .QuerySelector("#refusals li[data-rule='dispute']"));
    }

    [Fact]
    public async Task A_third_party_is_added_only_with_where_the_number_came_from_and_a_search_by_its_name()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var work = $"/collections/Accounts/Work/{loan.Id}";
        var form = new Dictionary<string, string> { ["name"] = "Wang Lei", ["relationship"] = "relative", ["phone"] = "139 0000 1111" };

        var noSource = await collector.FollowAsync(await collector.SubmitAsync(work, "#third-party-form", form));
        Assert.Equal("Say where this number came from.", Assert.Single(noSource.QuerySelectorAll("#error-message")).TextContent);
        var unnamed = await collector.FollowAsync(
            await collector.SubmitAsync(work, "#third-party-form", new Dictionary<string, string>(form) { ["source"] = "FoundBySearch" }));
        Assert.Equal("Name the search that found this number.", Assert.Single(unnamed.QuerySelectorAll("#error-message")).TextContent);
        var added = await collector.FollowAsync(await collector.SubmitAsync(work, "#third-party-form", new Dictionary<string, string>(form)
        {
            ["source"] = "FoundBySearch", ["search"] = "Phone directory 2026-11",
        }));

        Assert.Equal("The third party is added.", added.QuerySelector("#status-message")!.TextContent);
        var relative = Assert.Single(await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id)
            .SelectMany(d => d.Contacts).Where(c => c.Party == Party.ThirdParty).ToListAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(new ContactOrigin(ContactSource.FoundBySearch, "Phone directory 2026-11", collectorId), relative.Origin);
        Assert.Contains(added.QuerySelectorAll("#contactPointId option"), o => o.TextContent.Contains("found by a search", StringComparison.Ordinal));
        var booked = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id)
            .SelectMany(d => d.Contacts).Where(c => c.Party == Party.Debtor).Select(c => c.Source).ToListAsync(TestContext.Current.CancellationToken));
        Assert.All(booked, source => Assert.Equal(ContactSource.Application, source));

        await collector.SubmitAsync(work, "form[action='/Culture/Set']", new Dictionary<string, string> { ["culture"] = "zh-Hans" });
        var unnamedInChinese = await collector.FollowAsync(
            await collector.SubmitAsync(work, "#third-party-form", new Dictionary<string, string>(form) { ["source"] = "FoundBySearch" }));
        Assert.Equal("请写明查到此号码的查询名称。", Assert.Single(unnamedInChinese.QuerySelectorAll("#error-message")).TextContent);
    }
}
