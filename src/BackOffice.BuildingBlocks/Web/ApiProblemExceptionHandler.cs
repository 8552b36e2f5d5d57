using BackOffice.BuildingBlocks.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.BuildingBlocks.Web;

/// <summary>Turns every error of an API request into problem details: 400, 404 and 422 for what the client can fix.</summary>
public sealed class ApiProblemExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already pointed the request at the error page; the feature keeps where it came from.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value;
        if (!new PathString(path).StartsWithSegments("/api"))
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
            // Whatever else went wrong stays in the log; the client learns only that it was not its fault.
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = "An unexpected error occurred." },
        };

        // Written directly: the problem-details writers negotiate on Accept and skip clients that send */*.
        await TypedResults.Problem(problem).ExecuteAsync(httpContext);
        return true;
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
