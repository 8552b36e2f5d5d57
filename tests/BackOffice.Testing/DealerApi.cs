using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackOffice.Testing;

/// <summary>A dealer's system calling the API with a real token for both scopes.</summary>
public sealed class DealerApi(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static async Task<DealerApi> ConnectAsync(WebApplicationFactory<Host.Access.AccessDbContext> factory,
        string clientId = BackOfficeFactory.DemoClientId, string secret = BackOfficeFactory.DemoClientSecret) =>
        await ConnectAsync(factory.CreateClient(), clientId, secret);

    /// <summary>Connects over any HTTP client: the in-memory test server, or the host on a real socket.</summary>
    public static async Task<DealerApi> ConnectAsync(HttpClient http, string clientId, string secret)
    {
        var token = await DealerTokens.GetAsync(http, clientId, secret, "applications:read applications:write");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new DealerApi(http);
    }

    public async Task<HttpResponseMessage> SubmitAsync(JsonNode body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<JsonElement> SubmitOkAsync(JsonNode body)
    {
        var response = await SubmitAsync(body, Guid.NewGuid().ToString());
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, object? body = null) =>
        await Http.PostAsync(path, body is null ? null : JsonContent.Create(body), TestContext.Current.CancellationToken);

    public async Task<HttpResponseMessage> GetAsync(string path) => await Http.GetAsync(path, TestContext.Current.CancellationToken);

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}

/// <summary>Application bodies: one every rule approves, and ways to change it.</summary>
public static class Applications
{
    private static int applicants;

    /// <summary>
    /// A new applicant in their thirties (income 20,000, debts 2,000) financing 100,000 of a 150,000 new car over
    /// 36 months: approved. Each call is another person and another car, so no duplicate rule is met by chance.
    /// </summary>
    public static JsonNode Approvable()
    {
        var (idNumber, dateOfBirth) = NewResidentId();
        return Approvable(idNumber, dateOfBirth.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), NewVin());
    }

    public static JsonNode Approvable(string idNumber, string dateOfBirth, string vin) => new JsonObject
    {
        ["applicant"] = new JsonObject
        {
            ["fullName"] = "Wang Fang",
            ["idType"] = "ChineseResidentId",
            ["idNumber"] = idNumber,
            ["dateOfBirth"] = dateOfBirth,
            ["phone"] = "138 1234 5678",
            ["address"] = "1 Chang'an Avenue, Beijing",
        },
        ["employment"] = new JsonObject
        {
            ["employerName"] = "Beijing Transit",
            ["employmentType"] = "Employed",
            ["grossMonthlyIncome"] = 20000,
            ["monthlyDebtPayments"] = 2000,
        },
        ["vehicle"] = new JsonObject
        {
            ["vin"] = vin,
            ["make"] = "BYD",
            ["model"] = "Seal",
            ["year"] = 2026,
            ["price"] = 150000,
            ["condition"] = "New",
        },
        ["downPayment"] = 50000,
        ["requestedAmount"] = 100000,
        ["termMonths"] = 36,
        ["productCode"] = "NEW-STD",
    };

    /// <summary>The same applicant over 24 months: the installment is 21.8 % of income, so an underwriter must look.</summary>
    public static JsonNode Referable() => Approvable().With("termMonths", 24);

    /// <summary>A valid resident id (Nanjing, not the demo data's Beijing) never handed out before in this test run.</summary>
    public static (string Id, DateOnly Born) NewResidentId()
    {
        var n = Interlocked.Increment(ref applicants);
        var born = new DateOnly(1988, 1, 1).AddDays(n / 1000);
        var body = $"320102{born:yyyyMMdd}{n % 1000:D3}";
        return (body + global::BackOffice.Origination.Domain.Identification.ChineseResidentId.CheckCharacter(body + "0"), born);
    }

    /// <summary>A valid VIN of a Chinese-built car, check digit included.</summary>
    public static string NewVin()
    {
        const string allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
        var chars = ("LFV" + string.Concat(Enumerable.Range(0, 14).Select(_ => allowed[Random.Shared.Next(allowed.Length)]))).ToCharArray();
        chars[8] = '0';
        chars[8] = global::BackOffice.Origination.Domain.Identification.Vin.CheckDigit(new string(chars));
        return new string(chars);
    }

    public static JsonNode With(this JsonNode body, string path, JsonNode? value)
    {
        var copy = body.DeepClone();
        var parts = path.Split('.');
        var node = copy;
        foreach (var part in parts[..^1])
        {
            node = node[part]!;
        }

        node[parts[^1]] = value;
        return copy;
    }
}
