using System.Net;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Persistence;
using BackOffice.Compliance.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Compliance.Features.Complaints;
using BackOffice.Compliance.Features.Violations;
using BackOffice.Compliance.Persistence;
using BackOffice.Host.Tests.Servicing;
using BackOffice.Servicing.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Compliance.Races;

/// <summary>
/// Remedies once: a complaint closed with a fee refund and an apology by many clicks at once is closed once, refunds
/// once and writes one letter, however often its fact is delivered; a violation is confirmed or dismissed once.
/// </summary>
public sealed class ComplaintAndViolationRaceTests
{
    private const int Twenty = 20;
    private const decimal Refund = 1.00m;

    [Fact]
    public async Task Twenty_concurrent_closes_with_a_refund_and_an_apology_close_once_refund_once_and_send_one_letter()
    {
        await using var factory = new BusinessClockFactory();
        var loan = await LoanWithLateFeesAsync(factory);
        var officerId = await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Compliance);
        var complaintId = await TakenComplaintAsync(factory, loan.LoanNumber, officerId);
        var officers = new List<StaffClient>();
        for (var i = 0; i < Twenty; i++)
        {
            var officer = StaffClient.For(factory);
            await officer.SignInAsync(DemoStaff.Compliance);
            officers.Add(officer);
        }

        var details = $"/compliance/Complaints/Details/{complaintId}";
        var pages = await Task.WhenAll(officers.Select(o => o.GetPageAsync(details)));
        var answers = await AtOnce.RunAsync(Twenty, async i =>
        {
            var posted = await officers[i].SubmitAsync(pages[i], "#close-form", new Dictionary<string, string>
            {
                ["outcome"] = "Upheld", ["remedy"] = "Fee refunded with an apology", ["refund"] = "1.00", ["apology"] = "true",
            });
            Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
            return await officers[i].FollowAsync(posted);
        });
        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

        Assert.All(answers, a => Assert.Null(a.Error));
        Assert.Single(answers, a => a.Value!.QuerySelector("#status-message") is not null);
        var refusals = answers.Select(a => a.Value!.QuerySelector("#error-message")?.TextContent).OfType<string>().ToList();
        Assert.Equal(Twenty - 1, refusals.Count);
        Assert.All(refusals, r => Assert.StartsWith("The complaint is closed.", r, StringComparison.Ordinal));
        Assert.Equal(FeesOf(loan) - Refund, FeesOf(await ServicingHost.LoanAsync(factory, loan.Id)));
        Assert.Single(await LettersAsync(factory, loan.Id));
        Assert.Single(await ClosedEventsAsync(factory, complaintId));

        var closed = await officers[0].GetPageAsync(details);
        Assert.Equal("1.00", closed.QuerySelector("#fee-refund")!.TextContent);
        Assert.Equal("granted", closed.QuerySelector("#apology")!.TextContent);
        Assert.Equal("Fee refunded with an apology", closed.QuerySelector("#remedy")!.TextContent);
        Assert.Null(closed.QuerySelector("#close-form"));
    }

    [Fact]
    public async Task A_close_delivered_twice_refunds_once_and_sends_one_letter()
    {
        await using var factory = new BusinessClockFactory();
        var loan = await LoanWithLateFeesAsync(factory);
        var officerId = await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Compliance);
        var complaintId = await TakenComplaintAsync(factory, loan.LoanNumber, officerId);
        await SendAsync(factory, new CloseComplaintCommand(complaintId, ComplaintOutcome.Upheld, "Refund and apology", Refund, true, officerId));
        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

        // The outbox promises at least once: the same fact, delivered again (as after a crash before it was marked sent).
        var closed = Assert.Single(await ClosedEventsAsync(factory, complaintId));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IPublisher>().Publish(closed, TestContext.Current.CancellationToken);
        }

        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

        Assert.Equal(FeesOf(loan) - Refund, FeesOf(await ServicingHost.LoanAsync(factory, loan.Id)));
        Assert.Single(await LettersAsync(factory, loan.Id));
        var refundsAudited = await WithComplianceAsync(factory, db => db.AuditEntries.CountAsync(
            e => e.Action == "fees.refunded" && e.Subject == $"loan:{loan.LoanNumber}", TestContext.Current.CancellationToken));
        Assert.Equal(1, refundsAudited);
    }

    [Fact]
    public async Task Twenty_officers_taking_one_complaint_at_once_give_it_one_handler_and_tell_the_others_who_has_it()
    {
        await using var factory = new BusinessClockFactory();
        var officerId = await DemoStaff.IdOfAsync(factory.Services, DemoStaff.Compliance);
        var complaintId = await SendAsync(factory, new RegisterComplaintCommand(
            ComplaintSource.Borrower, ComplaintCategory.Other, false, null, [], "Letters went to the wrong address.", officerId));
        var seen = await WithComplianceAsync(factory, db => db.Complaints.Where(c => c.Id == complaintId).Select(c => c.Version)
            .SingleAsync(TestContext.Current.CancellationToken));

        var takes = await AtOnce.SendAsync(factory.Services, Twenty, i => new TakeComplaintCommand(complaintId, $"officer-{i}", seen));

        var winner = takes.ToList().FindIndex(t => t.Succeeded);
        Assert.Single(takes, t => t.Succeeded);
        Assert.All(takes.Where(t => !t.Succeeded), t => Assert.Equal(
            $"officer-{winner} took this complaint a moment ago; nothing you sent was saved.", Assert.IsType<ConflictException>(t.Error).Message));
        Assert.Equal($"officer-{winner}", (await WithComplianceAsync(factory, db => db.Complaints.SingleAsync(
            c => c.Id == complaintId, TestContext.Current.CancellationToken))).HandlerId);
    }

    [Fact]
    public async Task Twenty_concurrent_confirmations_and_dismissals_review_a_violation_once()
    {
        await using var factory = new BusinessClockFactory();
        var violationId = await WithComplianceAsync(factory, async db =>
        {
            var violation = new Violation(
                ViolationSource.BlockedAttempt, "collector-1", "CN.quiet-hours", "LOAN-0001", "Called at 22:30", DateTimeOffset.UtcNow, Guid.NewGuid());
            db.Violations.Add(violation);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return violation.Id;
        });

        var outcomes = await AtOnce.SendAsync(factory.Services, Twenty, i => new ReviewViolationCommand(
            violationId, Confirm: i % 2 == 0, i % 2 == 0 ? null : "The call was made at the borrower's request.", "compliance"));
        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);

        var won = Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Equal("reviewed", o.RefusalCode));
        var reviewed = await WithComplianceAsync(factory, db => db.Violations.SingleAsync(v => v.Id == violationId, TestContext.Current.CancellationToken));
        Assert.Equal(outcomes.ToList().IndexOf(won) % 2 == 0 ? ViolationStatus.Confirmed : ViolationStatus.Dismissed, reviewed.Status);
        var audited = await WithComplianceAsync(factory, db => db.AuditEntries.CountAsync(
            e => e.Subject == $"violation:{violationId}", TestContext.Current.CancellationToken));
        Assert.Equal(1, audited);
    }

    /// <summary>A loan six days past its first due date: the late fee is charged, the borrower is in Collections.</summary>
    private static async Task<LoanAccount> LoanWithLateFeesAsync(BusinessClockFactory factory)
    {
        var booked = await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.CloseThroughAsync(factory, booked.BookedOn.AddMonths(1).AddDays(6));
        await factory.Services.DeliverAllAsync(TestContext.Current.CancellationToken);
        var loan = await ServicingHost.LoanAsync(factory, booked.Id);
        Assert.True(FeesOf(loan) >= 2 * Refund, "the loan needs a late fee larger than one refund to tell one refund from two");
        return loan;
    }

    private static decimal FeesOf(LoanAccount loan) => loan.Installments.Sum(i => i.Fee);

    private static async Task<Guid> TakenComplaintAsync(BusinessClockFactory factory, string loanNumber, string officerId)
    {
        var id = await SendAsync(factory, new RegisterComplaintCommand(
            ComplaintSource.Borrower, ComplaintCategory.Fees, false, loanNumber, [], "Charged a late fee after paying on time.", officerId));
        await SendAsync(factory, new TakeComplaintCommand(id, officerId));
        return id;
    }

    private static async Task<List<string>> LettersAsync(BusinessClockFactory factory, Guid loanId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CollectionsDbContext>().SentMessages
            .Where(m => m.LoanId == loanId).Select(m => m.Text).ToListAsync(TestContext.Current.CancellationToken);
    }

    private static Task<List<ComplaintClosedIntegrationEvent>> ClosedEventsAsync(BusinessClockFactory factory, Guid complaintId) =>
        WithComplianceAsync(factory, async db => (await db.OutboxMessages.AsNoTracking().ToListAsync(TestContext.Current.CancellationToken))
            .Select(m => m.ToEvent()).OfType<ComplaintClosedIntegrationEvent>().Where(e => e.ComplaintId == complaintId).ToList());

    private static async Task<T> WithComplianceAsync<T>(BusinessClockFactory factory, Func<ComplianceDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<ComplianceDbContext>());
    }

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }
}
