using System.Net;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Payments;
using BackOffice.Servicing.Features.Plans;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Servicing.Races;

/// <summary>
/// Care agents, checkers and payment agents meeting on one loan: one effect, every loser told. Each race is held
/// open (<see cref="RaceWindow"/>) until all twenty have decided on the same state.
/// </summary>
public sealed class ServicingRaceTests(RaceFactory factory) : IClassFixture<RaceFactory>
{
    private const int Attempts = 20;

    // Above the two installments a care agent may defer alone: the plan waits for a second person.
    private const int Deferred = 3;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approving_and_rejecting_a_waiting_plan_at_once_decides_it_once_and_changes_the_schedule_only_if_approved()
    {
        var (loan, plan) = await LoanWithWaitingPlanAsync();

        factory.Window.Open(Attempts);
        var outcomes = await AtOnce.SendAsync(factory.Services, Attempts, i => new DecidePlanCommand(
            plan, Approve: i % 2 == 0, $"checker {i} read the file", $"checker-{i}"));

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("already been decided", o.Refusal, StringComparison.Ordinal));
        var decided = await PlanAsync(plan);
        Assert.Equal($"checker-{winner.Index}", decided.DecidedBy);
        var after = await ServicingHost.LoanAsync(factory, loan.Id);
        var activations = (await factory.Services.PublishedAsync<RepaymentPlanActivatedIntegrationEvent, ServicingDbContext>(Cancel))
            .Count(e => e.PlanId == plan);
        if (winner.Index % 2 == 0)
        {
            Assert.Equal(PlanStatus.InForce, decided.Status);
            Assert.Equal(Deferred, MovedPastTheEnd(loan, after));
            Assert.Equal(1, activations);
        }
        else
        {
            Assert.Equal(PlanStatus.Rejected, decided.Status);
            Assert.Equal(LoanStatus.Active, after.Status);
            Assert.Equal(DueDates(loan), DueDates(after));
            Assert.Equal(0, activations);
        }
    }

    [Fact]
    public async Task Twenty_checkers_approving_one_deferral_at_once_defer_its_installments_once()
    {
        var (loan, plan) = await LoanWithWaitingPlanAsync();

        factory.Window.Open(Attempts);
        var outcomes = await AtOnce.SendAsync(factory.Services, Attempts, i => new DecidePlanCommand(plan, Approve: true, null, $"checker-{i}"));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("already been decided", o.Refusal, StringComparison.Ordinal));
        var after = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.Equal(Deferred, MovedPastTheEnd(loan, after));
        Assert.Equal(loan.Installments.Count, after.Installments.Count);
        Assert.Single(await factory.Services.PublishedAsync<RepaymentPlanActivatedIntegrationEvent, ServicingDbContext>(Cancel),
            e => e.PlanId == plan);
    }

    [Fact]
    public async Task Twenty_proposals_at_once_on_one_loan_leave_one_plan_waiting()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);

        factory.Window.Open(Attempts);
        var outcomes = await AtOnce.SendAsync(factory.Services, Attempts, i => new ProposePlanCommand(
            loan.Id, PlanKind.Defer, Deferred, "Hospital stay; salary resumes in three months.", $"care-{i}"));

        Assert.Single(outcomes, o => o.Succeeded);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains("already waiting", o.Refusal, StringComparison.Ordinal));
        var plans = await ServicingHost.WithServicingAsync(factory, db => db.Plans.Where(p => p.LoanId == loan.Id).ToListAsync(Cancel));
        Assert.Equal(PlanStatus.AwaitingApproval, Assert.Single(plans).Status);
    }

    [Fact]
    public async Task Twenty_agents_reversing_one_payment_on_the_page_reverse_it_once_and_the_others_see_why_not()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var payment = await PostAsync(loan, "CHQ-" + Guid.NewGuid().ToString("N")[..8], 2_000m);
        var agents = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(async _ =>
        {
            var agent = StaffClient.For(factory);
            await agent.SignInAsync(DemoStaff.Servicing);
            return (Agent: agent, Page: await agent.GetPageAsync($"/servicing/Loans/Details/{loan.Id}"));
        }));

        factory.Window.Open(Attempts);
        var answers = await AtOnce.RunAsync(Attempts, i => agents[i].Agent.SubmitAsync(
            agents[i].Page, "#payments form", new Dictionary<string, string> { ["reason"] = $"cheque returned unpaid ({i})" }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.Value!.StatusCode));
        var pages = await Task.WhenAll(answers.Select(a => agents[a.Index].Agent.FollowAsync(a.Value!)));
        Assert.Single(pages, p => p.QuerySelector("#status-message") is not null);
        Assert.Equal(Attempts - 1, pages.Count(p => p.QuerySelector("#error-message")?.TextContent.Contains(
            "already reversed", StringComparison.Ordinal) == true));
        var after = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.True(after.Payments.Single().IsReversed);
        Assert.Equal(loan.OutstandingPrincipal, after.OutstandingPrincipal);
        Assert.Single(await factory.Services.PublishedAsync<PaymentReversedIntegrationEvent, ServicingDbContext>(Cancel),
            e => e.PaymentId == payment.Payment.Id);
    }

    [Fact]
    public async Task Twenty_payments_posted_at_once_to_one_loan_are_all_posted_and_allocated_in_full()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var tag = Guid.NewGuid().ToString("N")[..8];

        factory.Window.Open(Attempts);
        var outcomes = await AtOnce.SendAsync(factory.Services, Attempts, i => new PostPaymentCommand(
            loan.LoanNumber, $"GW-{tag}-{i}", 100m + i, loan.BookedOn, PaymentChannel.Gateway, "gateway"));

        Assert.All(outcomes, o => Assert.True(o.Succeeded, $"Payment {o.Index}: {o.Error}"));
        var after = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.Equal(Attempts, after.Payments.Count);
        Assert.Equal(Enumerable.Range(1, Attempts), after.Payments.Select(p => p.Sequence).Order());
        var paid = Enumerable.Range(0, Attempts).Sum(i => 100m + i);
        Assert.Equal(paid, after.Payments.Sum(p => p.Amount));
        Assert.Equal(paid, after.Allocations.Sum(a => a.Amount));
        Assert.Equal(paid, after.Installments.Sum(i => i.PrincipalPaid + i.InterestPaid + i.FeePaid) + after.CreditBalance);
    }

    private async Task<(LoanAccount Loan, Guid Plan)> LoanWithWaitingPlanAsync()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var plan = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(
            new ProposePlanCommand(loan.Id, PlanKind.Defer, Deferred, "Hospital stay; salary resumes in three months.", "care-proposer"), Cancel);
        Assert.True(plan.NeedsApproval);
        return (loan, plan.Id);
    }

    private async Task<PostedPayment> PostAsync(LoanAccount loan, string reference, decimal amount)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(
            new PostPaymentCommand(loan.LoanNumber, reference, amount, loan.BookedOn, PaymentChannel.Agent, "agent"), Cancel);
    }

    private async Task<RepaymentPlan> PlanAsync(Guid id) =>
        await ServicingHost.WithServicingAsync(factory, db => db.Plans.AsNoTracking().SingleAsync(p => p.Id == id, Cancel));

    private static int MovedPastTheEnd(LoanAccount before, LoanAccount after)
    {
        var end = before.Installments.Max(i => i.DueDate);
        return after.Installments.Count(i => i.DueDate > end);
    }

    private static List<DateOnly> DueDates(LoanAccount loan) => [.. loan.Installments.OrderBy(i => i.Number).Select(i => i.DueDate)];
}
