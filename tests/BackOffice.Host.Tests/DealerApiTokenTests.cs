using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackOffice.Origination.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackOffice.Host.Tests;

public sealed class DealerApiTokenTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    private const string Me = "/api/v1/dealers/me";

    [Fact]
    public async Task Demo_dealer_gets_a_token_and_the_api_answers_with_the_dealer_named_in_the_token()
    {
        var http = factory.CreateClient();
        var token = await DealerTokens.GetAsync(http, BackOfficeFactory.DemoClientId, BackOfficeFactory.DemoClientSecret, "applications:read");

        var response = await DealerTokens.CallAsync(http, Me, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var dealer = await response.Content.ReadFromJsonAsync<DealerDto>(TestContext.Current.CancellationToken);
        Assert.Equal("SUNRISE", dealer!.Code);
    }

    [Fact]
    public async Task Without_a_token_the_api_answers_401_as_problem_json()
    {
        var response = await DealerTokens.CallAsync(factory.CreateClient(), Me, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_token_without_the_required_scope_is_403_as_problem_json()
    {
        var http = factory.CreateClient();
        var token = await DealerTokens.GetAsync(http, BackOfficeFactory.DemoClientId, BackOfficeFactory.DemoClientSecret, "applications:write");

        var response = await DealerTokens.CallAsync(http, Me, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_tampered_token_is_rejected()
    {
        var http = factory.CreateClient();
        var token = await DealerTokens.GetAsync(http, BackOfficeFactory.DemoClientId, BackOfficeFactory.DemoClientSecret, "applications:read");
        var middle = token.Length / 2;
        var tampered = string.Concat(token.AsSpan(0, middle), token[middle] == 'A' ? "B" : "A", token.AsSpan(middle + 1));

        Assert.Equal(HttpStatusCode.Unauthorized, (await DealerTokens.CallAsync(http, Me, tampered)).StatusCode);
    }

    [Fact]
    public async Task A_token_made_with_another_servers_keys_is_rejected()
    {
        using var otherServer = new BackOfficeFactory();
        var foreign = await DealerTokens.GetAsync(
            otherServer.CreateClient(),
            BackOfficeFactory.DemoClientId,
            BackOfficeFactory.DemoClientSecret,
            "applications:read");

        Assert.Equal(HttpStatusCode.Unauthorized, (await DealerTokens.CallAsync(factory.CreateClient(), Me, foreign)).StatusCode);
    }

    [Fact]
    public async Task A_wrong_secret_gets_no_token()
    {
        var response = await DealerTokens.RequestAsync(factory.CreateClient(), BackOfficeFactory.DemoClientId, "not-the-secret", "applications:read");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var error = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("invalid_client", error.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Discovery_document_names_the_token_endpoint_and_the_scopes()
    {
        var discovery = await factory.CreateClient().GetFromJsonAsync<JsonElement>(
            "/.well-known/openid-configuration",
            TestContext.Current.CancellationToken);

        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        var scopes = discovery.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("applications:read", scopes);
        Assert.Contains("applications:write", scopes);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_dealer_api_and_the_reference_page_renders()
    {
        var http = factory.CreateClient();
        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.True(document.GetProperty("paths").TryGetProperty(Me, out _));
        Assert.False(document.GetProperty("paths").TryGetProperty("/Account/Login", out _));

        var reference = await http.GetAsync("/api/reference/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
    }
}

/// <summary>Token lifetime is checked against the server's clock, here one the test moves.</summary>
public sealed class ExpiredTokenTests(ExpiredTokenTests.Factory factory) : IClassFixture<ExpiredTokenTests.Factory>
{
    public sealed class Factory : BackOfficeFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
    }

    [Fact]
    public async Task A_token_is_refused_once_its_lifetime_has_passed()
    {
        var http = factory.CreateClient();
        var token = await DealerTokens.GetAsync(http, BackOfficeFactory.DemoClientId, BackOfficeFactory.DemoClientSecret, "applications:read");
        Assert.Equal(HttpStatusCode.OK, (await DealerTokens.CallAsync(http, "/api/v1/dealers/me", token)).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(HttpStatusCode.Unauthorized, (await DealerTokens.CallAsync(http, "/api/v1/dealers/me", token)).StatusCode);
    }
}
