using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.Servicing.Domain;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Tests.Servicing;

/// <summary>Loans opened from bookings, and payments from a payment gateway over the API with its own token.</summary>
public sealed class ServicingApiTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task Booked_loan_opens_its_account_once_with_the_schedule_of_the_offer()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        await ServicingHost.DeliverEventsAsync(factory);

        Assert.Equal(1,
            await ServicingHost.WithServicingAsync(factory, db => db.Loans.CountAsync(l => l.Id == loan.Id, TestContext.Current.CancellationToken)));
        Assert.Equal(loan.TermMonths, loan.Installments.Count);
        Assert.Equal(loan.AmountFinanced, loan.Installments.Sum(i => i.Principal));
        Assert.Equal(loan.BookedOn.AddMonths(1), loan.Installments.Min(i => i.DueDate));
        Assert.Equal(LoanStatus.Active, loan.Status);
        Assert.StartsWith($"L-{loan.BookedOn.Year}-", loan.LoanNumber, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_posts_a_payment_and_a_retry_with_the_same_reference_posts_nothing_twice()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var gateway = await ServicingHost.GatewayAsync(factory);
        var body = new { loanNumber = loan.LoanNumber, externalReference = "GW-" + Guid.NewGuid().ToString("N"), amount = 1000.00m,
            valueDate = loan.BookedOn };

        var first = await gateway.PostAsJsonAsync("/api/v1/payments", body, TestContext.Current.CancellationToken);
        var retry = await gateway.PostAsJsonAsync("/api/v1/payments", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var posted = await DealerApi.ReadAsync(first);
        Assert.Equal(posted.GetProperty("id").GetGuid(), (await DealerApi.ReadAsync(retry)).GetProperty("id").GetGuid());
        var parts = posted.GetProperty("allocations").EnumerateArray().ToList();
        Assert.Equal(1000.00m, parts.Sum(p => p.GetProperty("amount").GetDecimal()));
        // Paid on the booking day, before any interest was earned: all of it repays principal.
        Assert.All(parts, p => Assert.Equal("Principal", p.GetProperty("component").GetString()));
        var after = await ServicingHost.LoanAsync(factory, loan.Id);
        Assert.Single(after.Payments);
        Assert.Equal(loan.AmountFinanced - after.Installments.Sum(i => i.PrincipalPaid), after.OutstandingPrincipal);
    }

    [Fact]
    public async Task Gateway_reference_reused_for_another_payment_is_refused_with_a_problem()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var gateway = await ServicingHost.GatewayAsync(factory);
        var reference = "GW-" + Guid.NewGuid().ToString("N");
        await gateway.PostAsJsonAsync("/api/v1/payments",
            new { loanNumber = loan.LoanNumber, externalReference = reference, amount = 500m,
                valueDate = loan.BookedOn }, TestContext.Current.CancellationToken);

        var reused = await gateway.PostAsJsonAsync("/api/v1/payments",
            new { loanNumber = loan.LoanNumber, externalReference = reference, amount = 600m,
                valueDate = loan.BookedOn }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("application/problem+json", reused.Content.Headers.ContentType?.MediaType);
        Assert.Single((await ServicingHost.LoanAsync(factory, loan.Id)).Payments);
    }

    [Fact]
    public async Task Gateway_payment_above_the_payoff_is_a_422_problem_saying_the_limit_and_a_paid_off_loan_takes_no_more()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var gateway = await ServicingHost.GatewayAsync(factory);
        var cancel = TestContext.Current.CancellationToken;
        var payoff = loan.QuotePayoff(loan.BookedOn).Total;

        var tooMuch = await gateway.PostAsJsonAsync("/api/v1/payments",
            new { loanNumber = loan.LoanNumber, externalReference = "GW-" + Guid.NewGuid().ToString("N"), amount = 100_000_000m,
                valueDate = loan.BookedOn }, cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);
        Assert.Equal("application/problem+json", tooMuch.Content.Headers.ContentType?.MediaType);
        var problem = await tooMuch.Content.ReadFromJsonAsync<JsonElement>(cancel);
        Assert.Contains($"at most {payoff.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)}, the payoff on "
            + loan.BookedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(),
            StringComparison.Ordinal);
        Assert.Empty((await ServicingHost.LoanAsync(factory, loan.Id)).Payments);

        var exact = await gateway.PostAsJsonAsync("/api/v1/payments",
            new { loanNumber = loan.LoanNumber, externalReference = "GW-" + Guid.NewGuid().ToString("N"), amount = payoff,
                valueDate = loan.BookedOn }, cancel);
        Assert.Equal(HttpStatusCode.Created, exact.StatusCode);
        var more = await gateway.PostAsJsonAsync("/api/v1/payments",
            new { loanNumber = loan.LoanNumber, externalReference = "GW-" + Guid.NewGuid().ToString("N"), amount = 1m,
                valueDate = loan.BookedOn }, cancel);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, more.StatusCode);
        Assert.Contains("paid off", (await more.Content.ReadFromJsonAsync<JsonElement>(cancel)).GetProperty("detail").GetString(),
            StringComparison.Ordinal);
        Assert.Equal(LoanStatus.PaidOff, (await ServicingHost.LoanAsync(factory, loan.Id)).Status);
    }

    [Theory]
    [InlineData("amount", "0", "Amount")]
    [InlineData("amount", "10.005", "Amount")]
    [InlineData("externalReference", "\"\"", "ExternalReference")]
    [InlineData("valueDate", "\"2999-01-01\"", "ValueDate")]
    [InlineData("loanNumber", "\"L-0000-NOTHERE\"", "LoanNumber")]
    public async Task Gateway_payment_with_a_bad_field_is_a_400_problem_naming_it_and_stores_nothing(string field, string json, string named)
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var gateway = await ServicingHost.GatewayAsync(factory);
        var body = System.Text.Json.Nodes.JsonNode.Parse(
            $$"""{"loanNumber":"{{loan.LoanNumber}}","externalReference":"GW-{{Guid.NewGuid():N}}","amount":100,"value"""
            + $$"""Date":"{{loan.BookedOn:yyyy-MM-dd}}"}""")!;
        body[field] = System.Text.Json.Nodes.JsonNode.Parse(json);

        var response = await gateway.PostAsync("/api/v1/payments",
            new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains(problem.GetProperty("errors").EnumerateObject(), e => string.Equals(e.Name, named, StringComparison.OrdinalIgnoreCase));
        Assert.Empty((await ServicingHost.LoanAsync(factory, loan.Id)).Payments);
    }

    [Fact]
    public async Task A_dealer_token_cannot_post_payments_and_the_gateway_token_cannot_read_applications()
    {
        var loan = await ServicingHost.BookLoanAsync(factory);
        var dealer = await DealerApi.ConnectAsync(factory);
        var gateway = await ServicingHost.GatewayAsync(factory);

        var byDealer = await dealer.PostAsync("/api/v1/payments",
            new { loanNumber = loan.LoanNumber, externalReference = "X-1", amount = 1m, valueDate = loan.BookedOn });
        var byGateway = await gateway.GetAsync("/api/v1/applications", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, byDealer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byGateway.StatusCode);
    }
}
