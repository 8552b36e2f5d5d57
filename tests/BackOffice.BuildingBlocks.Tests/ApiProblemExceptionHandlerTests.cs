using System.Text.Json;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.BuildingBlocks.Tests;

public sealed class ApiProblemExceptionHandlerTests
{
    [Fact]
    public async Task An_invalid_api_request_is_a_400_problem_with_the_field_errors()
    {
        var (handled, context, body) = await HandleAsync("/api/v1/anything",
            new RequestValidationException(new Dictionary<string, string[]> { ["Vin"] = ["The VIN check digit is wrong."] }));

        Assert.True(handled);
        Assert.Equal(400, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal("The VIN check digit is wrong.", body.GetProperty("errors").GetProperty("vin")[0].GetString());
    }

    [Fact]
    public async Task A_broken_business_rule_is_a_422_problem_with_its_code()
    {
        var (_, context, body) = await HandleAsync(
            "/api/v1/anything",
            new BusinessRuleException("term-out-of-range", "The term is longer than the product allows."));

        Assert.Equal(422, context.Response.StatusCode);
        Assert.Equal("term-out-of-range", body.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_missing_or_foreign_record_is_a_404_problem()
    {
        var (_, context, _) = await HandleAsync("/api/v1/anything", new NotFoundException("Application"));

        Assert.Equal(404, context.Response.StatusCode);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_that_reveals_nothing()
    {
        var (_, context, body) = await HandleAsync("/api/v1/anything", new InvalidOperationException("connection string Server=secret"));

        Assert.Equal(500, context.Response.StatusCode);
        Assert.DoesNotContain("secret", body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_storage_fault_is_a_503_problem_saying_nothing_was_saved_and_when_to_retry()
    {
        var (_, context, body) = await HandleAsync(
            "/api/v1/applications", new DbUpdateException("save failed", new SqliteException("database or disk is full", 13)));

        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("Storage unavailable; nothing was saved", body.GetProperty("title").GetString());
        Assert.False(body.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task The_token_endpoint_answers_a_storage_fault_as_a_503_problem_with_the_oauth_error()
    {
        var (handled, context, body) = await HandleAsync("/connect/token", new SqliteException("database is locked", 5));

        Assert.True(handled);
        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("temporarily_unavailable", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Errors_of_pages_are_left_to_the_error_page()
    {
        var (handled, _, _) = await HandleAsync("/Users", new NotFoundException("User"));

        Assert.False(handled);
    }

    private static async Task<(bool Handled, HttpContext Context, JsonElement Body)> HandleAsync(string path, Exception error)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Path = path;
        context.Response.Body = new MemoryStream();
        var handler = new ApiProblemExceptionHandler();

        var handled = await handler.TryHandleAsync(context, error, TestContext.Current.CancellationToken);

        context.Response.Body.Position = 0;
        var body = context.Response.Body.Length > 0
            ? await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken)
            : default;
        return (handled, context, body);
    }
}
