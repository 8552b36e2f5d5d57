using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace BackOffice.Testing;

/// <summary>A dealer system's side of OAuth 2.0 client credentials.</summary>
public static class DealerTokens
{
    public static async Task<HttpResponseMessage> RequestAsync(HttpClient http, string clientId, string secret, string scope) =>
        await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        }), TestContext.Current.CancellationToken);

    public static async Task<string> GetAsync(HttpClient http, string clientId, string secret, string scope)
    {
        var response = await RequestAsync(http, clientId, secret, scope);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return body.GetProperty("access_token").GetString()!;
    }

    public static async Task<HttpResponseMessage> CallAsync(HttpClient http, string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
