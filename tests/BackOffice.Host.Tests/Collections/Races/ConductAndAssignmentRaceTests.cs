using System.Net;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.DecideVisit;
using BackOffice.Collections.Features.LogContact;
using BackOffice.Collections.Features.RequestClearance;
using BackOffice.Collections.Features.RequestVisit;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections.Races;

/// <summary>
/// Collections under a busy office: the guard's last allowed call, a clearance spent once, one manager's assignment,
/// one visit and one decision on it, however many ask at the same moment. A loser gets the guard's blocked answer
/// or a refusal that says why, never an exception of the machinery.
/// </summary>
public sealed class ConductAndAssignmentRaceTests
{
    private const int Twenty = 20;

    [Fact]
    public async Task Twenty_requests_at_once_for_the_last_allowed_call_are_answered_allowed_once_and_blocked_nineteen_times()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var phone = await PhoneAsync(factory, loan.Id);
        for (var call = 0; call < 2; call++)
        {
            var cleared = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));
            await SendAsync(factory, new LogContactCommand(
                cleared.Id, collectorId, ContactOutcome.RightParty, "Spoke politely.", false, null, null, IdentifiedCompanyAndSelf: true));
        }

        var answers = await AtOnce.SendAsync(
            factory.Services, Twenty, _ => new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));

        Assert.All(answers, a => Assert.Null(a.Error));
        Assert.Single(answers, a => a.Value!.Allowed);
        Assert.All(answers.Where(a => !a.Value!.Allowed), a => Assert.Contains(a.Value!.Refusals, r => r.Rule == "CN.connected-calls-per-day"));
        var allowedToday = await CollectionsHost.WithCollectionsAsync(factory, async db => (await db.Clearances.AsNoTracking()
            .Where(c => c.LoanId == loan.Id).ToListAsync(TestContext.Current.CancellationToken)).Count(c => c.Allowed));
        Assert.Equal(3, allowedToday);
    }

    [Fact]
    public async Task Ten_collectors_and_ten_care_agents_asking_at_once_for_the_last_connected_call_are_allowed_once()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var careId = await CollectionsHost.StaffIdAsync(factory, DemoStaff.Care);
        await CollectionsHost.CertifyAsync(factory, careId, factory.Clock.GetUtcNow(), "HARDSHIP");
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var phone = await PhoneAsync(factory, loan.Id);
        for (var call = 0; call < 2; call++)
        {
            var cleared = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));
            await SendAsync(factory, new LogContactCommand(cleared.Id, collectorId, ContactOutcome.RightParty, "Spoke politely.", false, null, null, true));
        }

        var answers = await AtOnce.SendAsync(factory.Services, Twenty, i => i % 2 == 0
            ? new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null)
            : new RequestClearanceCommand(loan.Id, careId, phone, ContactMethod.Call, null, null, Purpose: ContactPurpose.Care));

        Assert.All(answers, a => Assert.Null(a.Error));
        Assert.Single(answers, a => a.Value!.Allowed);
        Assert.All(answers.Where(a => !a.Value!.Allowed), a => Assert.Contains(a.Value!.Refusals, r => r.Rule == "CN.connected-calls-per-day"));
    }

    [Fact]
    public async Task Twenty_requests_at_once_for_the_last_SMS_of_the_day_are_answered_allowed_once_and_blocked_nineteen_times()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var phone = await PhoneAsync(factory, loan.Id);

        var answers = await AtOnce.SendAsync(
            factory.Services, Twenty, _ => new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Sms, null, null));

        Assert.All(answers, a => Assert.Null(a.Error));
        Assert.Single(answers, a => a.Value!.Allowed);
        Assert.All(answers.Where(a => !a.Value!.Allowed), a => Assert.Contains(a.Value!.Refusals, r => r.Rule == "CN.sms-per-debtor-per-day"));
    }

    [Fact]
    public async Task A_clearance_spent_by_twenty_contact_logs_at_once_logs_one_contact_and_one_promise_and_refuses_the_rest()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var cleared = await SendAsync(
            factory, new RequestClearanceCommand(loan.Id, collectorId, await PhoneAsync(factory, loan.Id), ContactMethod.Call, null, null));
        var promisedFor = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime).AddDays(3);

        var logs = await AtOnce.SendAsync(factory.Services, Twenty, _ => new LogContactCommand(
            cleared.Id, collectorId, ContactOutcome.PromiseToPay, "Will pay after payday.", false, 300m, promisedFor, IdentifiedCompanyAndSelf: true));

        Assert.Single(logs, l => l.Succeeded && l.Value!.Logged);
        Assert.All(logs.Where(l => !l.Succeeded), l => Assert.Equal("clearance-used", l.RefusalCode));
        Assert.Equal(1, await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.Attempts.CountAsync(a => a.LoanId == loan.Id, TestContext.Current.CancellationToken)));
        Assert.Equal(1, await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.Promises.CountAsync(p => p.LoanId == loan.Id, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Twenty_managers_assigning_one_account_at_once_assign_it_once_and_the_others_are_told_to_whom()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        await CollectionsHost.WithCollectionsAsync(factory, async db =>
        {
            (await db.Accounts.SingleAsync(a => a.LoanId == loan.Id, TestContext.Current.CancellationToken)).Unassign();
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var managers = new List<StaffClient>();
        for (var i = 0; i < Twenty; i++)
        {
            var manager = StaffClient.For(factory);
            await manager.SignInAsync(DemoStaff.Manager);
            managers.Add(manager);
        }

        var homes = await Task.WhenAll(managers.Select(m => m.GetPageAsync("/collections")));
        var form = $"#unassigned form[action$='/Assign/{loan.Id}']";
        Assert.All(homes, h => Assert.NotNull(h.QuerySelector(form)));
        var answers = await AtOnce.RunAsync(Twenty, async i =>
        {
            var posted = await managers[i].SubmitAsync(homes[i], form, new Dictionary<string, string> { ["collectorId"] = collectorId });
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return await managers[i].FollowAsync(posted);
        });

        Assert.All(answers, a => Assert.Null(a.Error));
        Assert.Single(answers, a => a.Value!.QuerySelector("#status-message")?.TextContent == "Done.");
        var refusals = answers.Select(a => a.Value!.QuerySelector("#error-message")?.TextContent).OfType<string>().ToList();
        Assert.Equal(Twenty - 1, refusals.Count);
        Assert.All(refusals, r => Assert.Equal(
            $"Loan {loan.LoanNumber} was assigned to Colin Collector a moment ago by someone else; nothing you chose was saved.", r));
        Assert.Equal(collectorId, (await CollectionsHost.AccountAsync(factory, loan.Id))!.AssignedTo);
    }

    [Fact]
    public async Task Twenty_visit_requests_at_once_open_one_visit_and_twenty_approvals_and_rejections_decide_it_once()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var managerId = await CollectionsHost.StaffIdAsync(factory, DemoStaff.Manager);

        var requests = await AtOnce.SendAsync(
            factory.Services, Twenty, i => new RequestVisitCommand(loan.Id, collectorId, $"Unreachable for six weeks ({i})."));
        var visitId = Assert.Single(requests, r => r.Succeeded).Value;
        Assert.All(requests.Where(r => !r.Succeeded), r => Assert.Equal("visit-open", r.RefusalCode));
        var decisions = await AtOnce.SendAsync(
            factory.Services, Twenty, i => new DecideVisitCommand(visitId, managerId, Approve: i % 2 == 0, AllowRepossession: false));

        var decided = Assert.Single(decisions, d => d.Succeeded);
        Assert.All(decisions.Where(d => !d.Succeeded), d => Assert.Equal("visit-decided", d.RefusalCode));
        var visit = await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.Visits.SingleAsync(v => v.LoanId == loan.Id, TestContext.Current.CancellationToken));
        Assert.Equal(visitId, visit.Id);
        Assert.Equal(decisions.ToList().IndexOf(decided) % 2 == 0 ? VisitStatus.Approved : VisitStatus.Rejected, visit.Status);
    }

    private static Task<Guid> PhoneAsync(BusinessClockFactory factory, Guid loanId) =>
        CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loanId).SelectMany(d => d.Contacts)
            .Where(c => c.Kind == ContactPointKind.Phone).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken));

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }
}
