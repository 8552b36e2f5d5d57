using System.Diagnostics;
using System.Net;
using System.Text.Json;
using BackOffice.Collections.Persistence;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Domain.Applications;
using BackOffice.Origination.Features.DecideApplication;
using BackOffice.Origination.Persistence;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Origination.Races;

/// <summary>A dealer's retries and two underwriters meeting on one application: one effect, every loser told.</summary>
public sealed class OriginationRaceTests(RaceFactory factory) : IClassFixture<RaceFactory>
{
    private const int Attempts = 20;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Twenty_concurrent_confirmations_book_one_loan_and_every_answer_names_it()
    {
        var id = (await (await DealerApi.ConnectAsync(factory)).SubmitOkAsync(Applications.Approvable())).GetProperty("id").GetGuid();
        var dealers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(_ => DealerApi.ConnectAsync(factory)));

        factory.Window.Open(Attempts);
        var clock = Stopwatch.StartNew();
        var answers = await AtOnce.RunAsync(Attempts, i => AnswerOfAsync(dealers[i].PostAsync($"/api/v1/applications/{id}/contract")));
        clock.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"{Attempts} concurrent confirmations: {clock.ElapsedMilliseconds} ms");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Value!.Status));
        var loanId = Assert.Single(answers.Select(a => a.Value!.Body.GetProperty("booking").GetProperty("loanId").GetGuid()).Distinct());
        var booked = Assert.Single(await factory.Services.PublishedAsync<LoanBookedIntegrationEvent, OriginationDbContext>(Cancel),
            e => e.ApplicationId == id);
        Assert.Equal(loanId, booked.LoanId);

        await factory.Services.DeliverAllAsync(Cancel);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Equal(loanId, Assert.Single(await scope.ServiceProvider.GetRequiredService<ServicingDbContext>().Loans
            .Where(l => l.ApplicationId == id).Select(l => l.Id).ToListAsync(Cancel)));
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CollectionsDbContext>().Debtors.CountAsync(d => d.LoanId == loanId, Cancel));
    }

    [Fact]
    public async Task Underwriters_approving_and_declining_at_once_decide_the_application_once_and_the_others_are_told()
    {
        var dealer = await DealerApi.ConnectAsync(factory);
        var id = (await dealer.SubmitOkAsync(Applications.Referable())).GetProperty("id").GetGuid();

        factory.Window.Open(Attempts);
        var outcomes = await AtOnce.SendAsync(factory.Services, Attempts, i => new DecideApplicationCommand(
            id, Approve: i % 2 == 0, 100_000m, 36, $"Underwriter {i} looked at the payslips.", $"underwriter-{i}"));

        var winner = Assert.Single(outcomes, o => o.Succeeded);
        var application = await ApplicationAsync(id);
        Assert.All(outcomes.Where(o => !o.Succeeded), o => Assert.Contains(
            $"this one is {application.Status.ToString().ToLowerInvariant()}", o.Refusal, StringComparison.Ordinal));
        Assert.Equal(winner.Index % 2 == 0 ? ApplicationStatus.Approved : ApplicationStatus.Declined, application.Status);
        Assert.Equal($"underwriter-{winner.Index}", application.DecidedBy);
        var decided = Assert.Single(await factory.Services.PublishedAsync<ApplicationDecidedIntegrationEvent, OriginationDbContext>(Cancel),
            e => e.ApplicationId == id && e.DecidedBy.StartsWith("underwriter-", StringComparison.Ordinal));
        Assert.Equal($"underwriter-{winner.Index}", decided.DecidedBy);
    }

    [Fact]
    public async Task Withdrawing_and_confirming_at_once_lets_one_win_and_the_api_loser_gets_a_problem_with_a_code()
    {
        var applications = new List<Guid>();
        for (var i = 0; i < Attempts / 2; i++)
        {
            applications.Add((await (await DealerApi.ConnectAsync(factory)).SubmitOkAsync(Applications.Approvable())).GetProperty("id").GetGuid());
        }

        var dealers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(_ => DealerApi.ConnectAsync(factory)));

        // Each application meets one withdrawal and one confirmation, both decided on the application still open.
        factory.Window.Open(Attempts);
        var answers = await AtOnce.RunAsync(Attempts, i => AnswerOfAsync(dealers[i].PostAsync(
            $"/api/v1/applications/{applications[i / 2]}/{(i % 2 == 0 ? "withdraw" : "contract")}")));

        var booked = await factory.Services.PublishedAsync<LoanBookedIntegrationEvent, OriginationDbContext>(Cancel);
        for (var pair = 0; pair < applications.Count; pair++)
        {
            var (withdraw, confirm) = (answers[2 * pair].Value!, answers[(2 * pair) + 1].Value!);
            var application = await ApplicationAsync(applications[pair]);
            var (won, lost) = application.Status == ApplicationStatus.Booked ? (confirm, withdraw) : (withdraw, confirm);
            Assert.Contains(application.Status, new[] { ApplicationStatus.Booked, ApplicationStatus.Withdrawn });
            Assert.Equal(HttpStatusCode.OK, won.Status);
            Assert.Equal(HttpStatusCode.Conflict, lost.Status);
            Assert.Equal("application/problem+json", lost.MediaType);
            Assert.False(string.IsNullOrEmpty(lost.Body.GetProperty("code").GetString()));
            Assert.Contains(application.Status.ToString(), lost.Body.GetProperty("detail").GetString()!, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(application.Status == ApplicationStatus.Booked ? 1 : 0, booked.Count(e => e.ApplicationId == applications[pair]));
        }
    }

    [Fact]
    public async Task Underwriters_verifying_different_figures_at_once_save_one_and_the_others_see_it_changed_under_them()
    {
        var id = (await (await DealerApi.ConnectAsync(factory)).SubmitOkAsync(Applications.Referable())).GetProperty("id").GetGuid();
        var details = $"/origination/Applications/Details/{id}";
        var underwriters = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(async _ =>
        {
            var underwriter = StaffClient.For(factory);
            await underwriter.SignInAsync(DemoStaff.Underwriter);
            return (Client: underwriter, Page: await underwriter.GetPageAsync(details));
        }));

        factory.Window.Open(Attempts);
        var answers = await AtOnce.RunAsync(Attempts, i => underwriters[i].Client.SubmitAsync(underwriters[i].Page, "#verify-form",
            new Dictionary<string, string> { ["VerifiedIncome"] = $"{20_000 + i}", ["VerifiedDebts"] = "2000" }));

        var pages = await Task.WhenAll(answers.Select(a => underwriters[a.Index].Client.FollowAsync(a.Value!)));
        var saved = Assert.Single(Enumerable.Range(0, Attempts), i => pages[i].QuerySelector("#error-message") is null);
        Assert.All(pages.Where((_, i) => i != saved), p => Assert.Contains(
            "changed a moment ago", p.QuerySelector("#error-message")!.TextContent, StringComparison.Ordinal));
        Assert.Equal(20_000m + saved, (await ApplicationAsync(id)).VerifiedIncome);
    }

    private async Task<LoanApplication> ApplicationAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OriginationDbContext>().Applications.AsNoTracking().SingleAsync(a => a.Id == id, Cancel);
    }

    private static async Task<ApiAnswer> AnswerOfAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await DealerApi.ReadAsync(response));
    }

    private sealed record ApiAnswer(HttpStatusCode Status, string? MediaType, JsonElement Body);
}
