using System.Net.Http.Json;
using System.Text.Json;

namespace BackOffice.Host.Tests.Origination.Races;

/// <summary>A partner's developer reads in the OpenAPI document which calls can lose a race and what to do then.</summary>
public sealed class PartnerApiConflictDocumentTests(BackOfficeFactory factory) : IClassFixture<BackOfficeFactory>
{
    [Theory]
    [InlineData("/api/v1/applications")]
    [InlineData("/api/v1/applications/{id}/withdraw")]
    [InlineData("/api/v1/applications/{id}/contract")]
    [InlineData("/api/v1/payments")]
    public async Task A_partner_operation_that_can_lose_a_race_declares_409_as_a_problem_and_says_what_to_do(string path)
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var conflict = document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("responses").GetProperty("409");

        Assert.True(conflict.GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.Contains("nothing", conflict.GetProperty("description").GetString()!, StringComparison.OrdinalIgnoreCase);
    }
}
