using System.Net;

namespace BackOffice.Host.Tests.Origination;

/// <summary>
/// The CN pack's product limits through the dealer API: a used car is financed for at most 36 months
/// (PBOC/CBRC Order [2017] No. 2) and a new private car for at most 80 % of its price (银发〔2017〕234号).
/// </summary>
public sealed class ProductLimitApiTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Fact]
    public async Task A_used_car_is_quoted_for_36_months_but_not_48_in_the_CN_pack()
    {
        var api = await DealerApi.ConnectAsync(factory);

        var ok = await api.PostAsync("/api/v1/quotes", new { productCode = "USED-STD", requestedAmount = 50000, termMonths = 36, downPayment = 0 });
        var refused = await api.PostAsync("/api/v1/quotes", new { productCode = "USED-STD", requestedAmount = 50000, termMonths = 48, downPayment = 0 });

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var message = (await DealerApi.ReadAsync(refused)).GetProperty("errors").GetProperty("termMonths")[0].GetString();
        Assert.Equal("USED-STD offers terms of 12, 24, 36 months.", message);
    }

    [Theory]
    [InlineData(120_000, 30_000, "Approved")]          // exactly 80 % of 150,000
    [InlineData(120_000.01, 29_999.99, "Declined")]   // one cent above
    public async Task A_new_car_loan_above_80_percent_of_the_price_is_declined_with_the_LTV_reason(double amount, double down, string status)
    {
        var api = await DealerApi.ConnectAsync(factory);
        var body = Applications.Approvable().With("requestedAmount", (decimal)amount).With("downPayment", (decimal)down).With("termMonths", 60);

        var application = await api.SubmitOkAsync(body);

        Assert.Equal(status, application.GetProperty("status").GetString());
        var codes = application.GetProperty("decision").GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString());
        Assert.Equal(status == "Declined", codes.Contains("LTV"));
    }
}
