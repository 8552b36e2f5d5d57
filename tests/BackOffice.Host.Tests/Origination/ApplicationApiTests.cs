using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackOffice.Origination.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Origination;

public sealed class ApplicationApiTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task An_affordable_application_is_approved_with_an_offer_that_discloses_the_APR()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var response = await api.SubmitAsync(Applications.Approvable(), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var application = await DealerApi.ReadAsync(response);
        Assert.Equal("Approved", application.GetProperty("status").GetString());
        var offer = application.GetProperty("offer");
        Assert.Equal(100_000m, offer.GetProperty("amount").GetDecimal());
        Assert.True(offer.GetProperty("apr").GetDecimal() > offer.GetProperty("nominalRate").GetDecimal());
        Assert.Equal(response.Headers.Location!.AbsolutePath, $"/api/v1/applications/{application.GetProperty("id").GetGuid()}");
        Assert.Empty(application.GetProperty("decision").GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public async Task A_stretched_application_is_referred_with_the_reason_in_the_dealers_language_and_a_longer_term_suggested()
    {
        var api = await DealerApi.ConnectAsync(factory);
        api.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        var application = await api.SubmitOkAsync(Applications.Referable());

        Assert.Equal("Referred", application.GetProperty("status").GetString());
        var reason = application.GetProperty("decision").GetProperty("reasons").EnumerateArray().Single();
        Assert.Equal("PTI", reason.GetProperty("code").GetString());
        Assert.StartsWith("月供为月收入的", reason.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(36, application.GetProperty("alternative").GetProperty("termForRequestedAmount").GetInt32());
    }

    [Fact]
    public async Task A_declined_application_cannot_be_booked()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var application = await api.SubmitOkAsync(Applications.Approvable().With("employment.grossMonthlyIncome", 2500));

        Assert.Equal("Declined", application.GetProperty("status").GetString());
        Assert.Contains(
            application.GetProperty("decision").GetProperty("reasons").EnumerateArray(), r => r.GetProperty("code").GetString() == "MIN_INCOME");
        var booking = await api.PostAsync($"/api/v1/applications/{application.GetProperty("id").GetGuid()}/contract");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, booking.StatusCode);
        Assert.Equal("application/problem+json", booking.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Withdrawn_applications_leave_the_open_list_and_cannot_be_booked()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var application = await api.SubmitOkAsync(Applications.Approvable());
        var id = application.GetProperty("id").GetGuid();

        var withdrawn = await DealerApi.ReadAsync(await api.PostAsync($"/api/v1/applications/{id}/withdraw"));

        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await api.PostAsync($"/api/v1/applications/{id}/contract")).StatusCode);
        var list = await DealerApi.ReadAsync(await api.GetAsync("/api/v1/applications?status=Withdrawn"));
        Assert.Contains(list.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task The_list_is_paged_and_filtered_by_status()
    {
        var api = await DealerApi.ConnectAsync(factory);
        await api.SubmitOkAsync(Applications.Approvable().With("employment.grossMonthlyIncome", 1000));

        var declined = await DealerApi.ReadAsync(await api.GetAsync("/api/v1/applications?status=Declined&page=1"));

        Assert.All(declined.GetProperty("items").EnumerateArray(), a => Assert.Equal("Declined", a.GetProperty("status").GetString()));
        Assert.True(declined.GetProperty("totalCount").GetInt32() >= 1);
        Assert.Equal(1, declined.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task A_second_open_application_for_the_same_vehicle_is_referred()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var first = Applications.Approvable();
        Assert.Equal("Approved", (await api.SubmitOkAsync(first)).GetProperty("status").GetString());

        var second = await api.SubmitOkAsync(first);

        Assert.Equal("Referred", second.GetProperty("status").GetString());
        var codes = second.GetProperty("decision").GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ToList();
        Assert.Contains("DUPLICATE_VIN", codes);
        Assert.Contains("DUPLICATE_APPLICANT", codes);
    }

    [Fact]
    public async Task The_phone_number_is_stored_in_E164()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var id = (await api.SubmitOkAsync(Applications.Approvable().With("applicant.phone", "+86 138-0013-8000"))).GetProperty("id").GetGuid();

        await using var scope = factory.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<OriginationDbContext>().Applications
            .SingleAsync(a => a.Id == id, TestContext.Current.CancellationToken);
        Assert.Equal("+8613800138000", stored.Applicant.Phone);
    }

    [Fact]
    public async Task Quote_prices_a_deal_and_a_flat_rate_quote_shows_its_true_APR_beside_the_nominal_rate()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var response = await api.PostAsync(
            "/api/v1/quotes", new { productCode = "NEW-FLAT", requestedAmount = 100000, termMonths = 36, downPayment = 20000 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var quote = await DealerApi.ReadAsync(response);
        Assert.Equal("FlatRate", quote.GetProperty("method").GetString());
        Assert.Equal(0.038m, quote.GetProperty("nominalRate").GetDecimal());
        Assert.Equal(0.0715m, quote.GetProperty("apr").GetDecimal());
        Assert.Equal(36, quote.GetProperty("schedule").GetArrayLength());
        Assert.Equal(111_400m, quote.GetProperty("totalCost").GetDecimal());
    }

    [Fact]
    public async Task A_quote_outside_the_product_is_a_400_naming_the_fields()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var response = await api.PostAsync(
            "/api/v1/quotes", new { productCode = "USED-STD", requestedAmount = 5000, termMonths = 60, downPayment = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await DealerApi.ReadAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("requestedAmount", out _));
        Assert.True(errors.TryGetProperty("termMonths", out _));
    }

    [Fact]
    public async Task Quoting_needs_a_token_and_stores_nothing()
    {
        var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsync(
            "/api/v1/quotes",
            System.Net.Http.Json.JsonContent.Create(new { productCode = "NEW-STD", requestedAmount = 100000, termMonths = 36, downPayment = 0 }),
            TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
