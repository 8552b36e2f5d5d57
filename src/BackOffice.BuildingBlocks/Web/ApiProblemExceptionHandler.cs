using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.BuildingBlocks.Web;

/// <summary>
/// Turns every error of a machine client's request (the API and the token endpoint) into problem details: 400, 404,
/// 409 and 422 for what the client can fix, 503 with Retry-After when the storage failed and nothing was saved.
/// </summary>
public sealed class ApiProblemExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps where it came from.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        var tokenEndpoint = new PathString(path).StartsWithSegments("/connect");
        if (!new PathString(path).StartsWithSegments("/api") && !tokenEndpoint)
        {
            return false;
        }

        var problem = exception switch
        {
            RequestValidationException invalid => new ValidationProblemDetails(invalid.Errors.ToDictionary(e => JsonPath(e.Key), e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
            },
            ConflictException conflict => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The request conflicts with another one.",
                Detail = conflict.Message,
                Extensions = { ["code"] = conflict.Code },
            },
            NotFoundException missing => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "Not found.",
                Detail = missing.Message,
            },
            BusinessRuleException refused => new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The request breaks a business rule.",
                Detail = refused.Message,
                Extensions = { ["code"] = refused.Code },
            },
            _ when StorageFault.IsStorageFault(exception) => StorageUnavailable(httpContext, tokenEndpoint),
            // Whatever else went wrong stays in the log; the client learns only that it was not its fault.
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };

        // Written directly: the problem-details writers negotiate on Accept and skip clients that send */*.
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
    }

    private static ProblemDetails StorageUnavailable(HttpContext httpContext, bool tokenEndpoint)
    {
        httpContext.Response.Headers.RetryAfter = StorageFault.RetryAfterSeconds;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = StorageFault.Title,
            Detail = "The database cannot take writes just now. Nothing from this request was saved; send it again after the Retry-After delay.",
        };
        if (tokenEndpoint)
        {
            // OAuth clients read "error" (RFC 6749 §5.2 names no code for this; temporarily_unavailable is the one of §4.1.2.1).
            problem.Extensions["error"] = "temporarily_unavailable";
            problem.Extensions["error_description"] = problem.Title;
        }

        return problem;
    }

    /// <summary>
    /// "Applicant.IdNumber" → "applicant.idNumber": field names as the client wrote them in its JSON. Names that
    /// are not C# properties, such as the Idempotency-Key header, stay as they are.
    /// </summary>
    public static string JsonPath(string propertyPath) =>
        propertyPath.Contains('-', StringComparison.Ordinal)
            ? propertyPath
            : string.Join('.', propertyPath.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
