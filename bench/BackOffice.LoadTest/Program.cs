using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BackOffice.Origination.Domain.Identification;

// Drives POST /api/v1/applications over loopback with a real token, like many dealer systems at once,
// and reports throughput and latency percentiles. Usage: LoadTest <baseUrl> [requests] [concurrency] [warmup]
var baseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5099";
var total = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16;
var warmup = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1_000;

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = new Uri(baseUrl),
};
var token = await TokenAsync(http);
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

Console.WriteLine($"warm-up: {warmup} submissions");
await RunAsync(http, warmup, concurrency);
Console.WriteLine($"measuring: {total} submissions, {concurrency} at a time");
var (latencies, elapsed, failures) = await RunAsync(http, total, concurrency);

latencies.Sort();
double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p / 100 * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"submissions: {latencies.Count} ok, {failures} failed in {elapsed.TotalSeconds:F2} s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"throughput: {latencies.Count / elapsed.TotalSeconds:F0} submissions/s"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"latency ms: p50 {Percentile(50):F1}  p95 {Percentile(95):F1}  p99 {Percentile(99):F1}  max {latencies[^1]:F1}"));
return failures == 0 ? 0 : 1;

static async Task<string> TokenAsync(HttpClient http)
{
    var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["grant_type"] = "client_credentials",
        ["client_id"] = Environment.GetEnvironmentVariable("BENCH_CLIENT_ID") ?? "demo-dealer",
        ["client_secret"] = Environment.GetEnvironmentVariable("BENCH_CLIENT_SECRET") ?? "demo-dealer-secret",
        ["scope"] = "applications:write",
    }));
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
}

static async Task<(List<double> Latencies, TimeSpan Elapsed, int Failures)> RunAsync(HttpClient http, int count, int concurrency)
{
    var latencies = new List<double>(count);
    var failures = 0;
    var next = 0;
    var clock = Stopwatch.StartNew();
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        while (Interlocked.Increment(ref next) <= count)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/applications")
            {
                Content = new StringContent(Body(), Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (latencies)
            {
                if (response.IsSuccessStatusCode)
                {
                    latencies.Add(ms);
                }
                else
                {
                    failures++;
                }
            }
        }
    });
    await Task.WhenAll(workers);
    return (latencies, clock.Elapsed, failures);
}

// Every submission is another applicant and another car, so no duplicate rule is hit.
static string Body()
{
    var idBody = $"110101{new DateOnly(1990, 3, 7).AddDays(Random.Shared.Next(0, 3650)):yyyyMMdd}{Random.Shared.Next(0, 1000):D3}";
    var id = idBody + ChineseResidentId.CheckCharacter(idBody + "0");
    const string allowed = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    var vin = ("LFV" + string.Concat(Enumerable.Range(0, 14).Select(_ => allowed[Random.Shared.Next(allowed.Length)]))).ToCharArray();
    vin[8] = Vin.CheckDigit(new string(vin));
    var born = ChineseResidentId.BirthDate(id)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    return $$"""
    {"applicant":{"fullName":"Bench Applicant","idType":"ChineseResidentId","idNumber":"{{id}}","dateOfBirth":"{{born}}",
                  "phone":"13812345678","address":"1 Bench Road, Beijing"},
     "employment":{"employerName":"Bench Co","employmentType":"Employed","grossMonthlyIncome":20000,"monthlyDebtPayments":2000},
     "vehicle":{"vin":"{{new string(vin)}}","make":"BYD","model":"Seal","year":2026,"price":150000,"condition":"New"},
     "downPayment":50000,"requestedAmount":100000,"termMonths":36,"productCode":"NEW-STD"}
    """;
}
