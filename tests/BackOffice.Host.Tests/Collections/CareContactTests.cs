using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.LogContact;
using BackOffice.Collections.Features.RecordChoice;
using BackOffice.Collections.Features.RequestClearance;
using BackOffice.Host.Tests.Servicing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections;

/// <summary>
/// Care-team contacts go through the guard and the borrower's choices like collectors' (domain: "care-team contacts go
/// through the guard too"), and the limits count both teams together.
/// </summary>
public sealed class CareContactTests
{
    [Fact]
    public async Task A_care_call_is_cleared_by_the_guard_on_its_page_and_blocked_at_night_borrower_time()
    {
        await using var factory = new BusinessClockFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        var careId = await CollectionsHost.StaffIdAsync(factory, DemoStaff.Care);
        await CollectionsHost.CertifyAsync(factory, careId, factory.Clock.GetUtcNow(), "HARDSHIP");
        var page = $"/collections/CareContacts/Call/{loan.Id}";
        var phone = new Dictionary<string, string> { ["contactPointId"] = (await PhoneAsync(factory, loan.Id)).ToString() };

        // 15:30 UTC is 23:30 in Shanghai: quiet hours for the borrower, whoever calls. (Signed in on the moved clock.)
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddDays(3).ToDateTime(new TimeOnly(15, 30)), TimeSpan.Zero));
        var care = StaffClient.For(factory);
        await care.SignInAsync(DemoStaff.Care);
        var night = await care.FollowAsync(await care.SubmitAsync(page, "#clear-form", phone));
        Assert.NotNull(night.QuerySelector("#refusals li[data-rule='CN.quiet-hours']"));

        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddDays(4).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        care = StaffClient.For(factory);
        await care.SignInAsync(DemoStaff.Care);
        var day = await care.FollowAsync(await care.SubmitAsync(page, "#clear-form", phone));
        Assert.NotNull(day.QuerySelector("#clearance-allowed"));
        var logged = await care.FollowAsync(await care.SubmitAsync(day, "#log-form", new Dictionary<string, string>
        {
            ["outcome"] = nameof(ContactOutcome.RightParty), ["note"] = "Asked how the new job is going; offered to talk about a plan.",
            ["identifiedCompanyAndSelf"] = "true",
        }));
        Assert.Equal("The contact is logged.", logged.QuerySelector("#status-message")!.TextContent);
        var attempt = await CollectionsHost.WithCollectionsAsync(factory, db => db.Attempts.AsNoTracking()
            .SingleAsync(a => a.LoanId == loan.Id, TestContext.Current.CancellationToken));
        Assert.Equal(careId, attempt.CollectorId);
    }

    [Fact]
    public async Task A_care_agent_without_the_hardship_certification_is_refused()
    {
        await using var factory = new BusinessClockFactory();
        var loan = await ServicingHost.BookLoanAsync(factory);
        var careId = await CollectionsHost.StaffIdAsync(factory, DemoStaff.Care);
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddDays(4).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));

        var answer = await SendAsync(factory, new RequestClearanceCommand(
            loan.Id, careId, await PhoneAsync(factory, loan.Id), ContactMethod.Call, null, null, Purpose: ContactPurpose.Care));

        Assert.Contains(answer.Refusals, r => r.Rule == "certification");
    }

    [Fact]
    public async Task Care_calls_count_toward_the_collectors_three_connected_calls_a_day_and_a_cease_request_binds_the_care_team()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var careId = await CollectionsHost.StaffIdAsync(factory, DemoStaff.Care);
        await CollectionsHost.CertifyAsync(factory, careId, factory.Clock.GetUtcNow(), "HARDSHIP");
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var phone = await PhoneAsync(factory, loan.Id);
        for (var call = 0; call < 3; call++)
        {
            var cleared = await SendAsync(factory, new RequestClearanceCommand(loan.Id, careId, phone, ContactMethod.Call, null, null, Purpose: ContactPurpose.Care));
            Assert.True(cleared.Allowed);
            await SendAsync(factory, new LogContactCommand(cleared.Id, careId, ContactOutcome.RightParty, "Talked about a deferral.", false, null, null, true));
        }

        var collector = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));
        Assert.Contains(collector.Refusals, r => r.Rule == "CN.connected-calls-per-day");

        factory.Clock.SetUtcNow(factory.Clock.GetUtcNow().AddDays(1));
        await SendAsync(factory, new RecordChoiceCommand(loan.Id, collectorId, false, ChoiceKind.CeaseRequest, null, null, null, ChoiceChannel.Letter));
        var afterCease = await SendAsync(factory, new RequestClearanceCommand(
            loan.Id, careId, phone, ContactMethod.Call, null, null, Purpose: ContactPurpose.Care));
        Assert.Contains(afterCease.Refusals, r => r.Rule == "cease-request");
    }

    private static Task<Guid> PhoneAsync(BusinessClockFactory factory, Guid loanId) =>
        CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loanId).SelectMany(d => d.Contacts)
            .Where(c => c.Party == Party.Debtor && c.Kind == ContactPointKind.Phone).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken));

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }
}
