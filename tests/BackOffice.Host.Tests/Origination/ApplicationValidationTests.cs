using System.Net;
using System.Text.Json.Nodes;
using BackOffice.Origination.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Origination;

/// <summary>Every field is checked; a rejected request is a 400 naming the field, and stores nothing.</summary>
public sealed class ApplicationValidationTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    /// <summary>(field, its new value as raw JSON, the field the problem must name).</summary>
    public static TheoryData<string, string, string> InvalidFields => new()
    {
        { "applicant", "null", "applicant" },
        { "applicant.fullName", "\"\"", "applicant.fullName" },
        { "applicant.idType", "null", "applicant.idType" },
        { "applicant.idNumber", "\"110101199003074478\"", "applicant.idNumber" },       // check character
        { "applicant.idNumber", "\"110101199013074477\"", "applicant.idNumber" },       // no 13th month
        { "applicant.idNumber", "\"11010119900307447\"", "applicant.idNumber" },        // 17 characters
        { "applicant.dateOfBirth", "\"1990-03-08\"", "applicant.idNumber" },           // id says the 7th
        { "applicant.dateOfBirth", "\"2030-01-01\"", "applicant.dateOfBirth" },
        { "applicant.phone", "\"12345\"", "applicant.phone" },
        { "applicant.address", "\"\"", "applicant.address" },
        { "applicant.timeZone", "\"Mars/Olympus\"", "applicant.timeZone" },
        { "employment", "null", "employment" },
        { "employment.employerName", "\"\"", "employment.employerName" },
        { "employment.grossMonthlyIncome", "0", "employment.grossMonthlyIncome" },
        { "employment.monthlyDebtPayments", "-1", "employment.monthlyDebtPayments" },
        { "vehicle", "null", "vehicle" },
        { "vehicle.vin", "\"LFV2A21K1A3001234\"", "vehicle.vin" },                    // check digit
        { "vehicle.vin", "\"LFV2A21K3A300123\"", "vehicle.vin" },                     // 16 characters
        { "vehicle.vin", "\"LFV2A21K3A30O1234\"", "vehicle.vin" },                    // letter O
        { "vehicle.make", "\"\"", "vehicle.make" },
        { "vehicle.model", "\"\"", "vehicle.model" },
        { "vehicle.year", "1985", "vehicle.year" },
        { "vehicle.price", "0", "vehicle.price" },
        { "vehicle.condition", "\"Used\"", "vehicle.condition" },                     // NEW-STD is for new cars
        { "downPayment", "-5", "downPayment" },
        { "downPayment", "150000", "downPayment" },                              // the whole price
        { "requestedAmount", "100000.001", "requestedAmount" },
        { "requestedAmount", "900000", "requestedAmount" },                      // above the product and the price
        { "requestedAmount", "110000", "requestedAmount" },                      // above price less down payment
        { "termMonths", "30", "termMonths" },
        { "termMonths", "null", "termMonths" },
        { "productCode", "\"GOLD-PLUS\"", "productCode" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task An_invalid_field_is_a_400_problem_naming_it_and_nothing_is_stored(string path, string json, string reported)
    {
        var api = await DealerApi.ConnectAsync(factory);
        var before = await CountAsync();
        // A fixed applicant born 1990-03-07, so each broken identity number fails for its own reason.
        var body = Applications.Approvable("110101199003074477", "1990-03-07", Applications.NewVin()).With(path, JsonNode.Parse(json));

        var response = await api.SubmitAsync(body, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await DealerApi.ReadAsync(response)).GetProperty("errors");
        Assert.True(errors.TryGetProperty(reported, out var messages), $"expected an error for {reported}, got {errors}");
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_passport_holder_may_apply_with_a_passport_number()
    {
        var api = await DealerApi.ConnectAsync(factory);
        var body = Applications.Approvable().With("applicant.idType", "Passport").With("applicant.idNumber", "E12345678");

        var response = await api.SubmitAsync(body, Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem()
    {
        var api = await DealerApi.ConnectAsync(factory);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications")
        {
            Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var response = await api.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    private async Task<int> CountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OriginationDbContext>().Applications.CountAsync(TestContext.Current.CancellationToken);
    }
}
