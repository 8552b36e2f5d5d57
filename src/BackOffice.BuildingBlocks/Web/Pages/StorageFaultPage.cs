using BackOffice.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using System.Globalization;

namespace BackOffice.BuildingBlocks.Web.Pages;

/// <summary>
/// A page request that met a storage fault, in an action or in the middleware before it (sign-in, the security stamp
/// check), answers 503 with the shared <c>StorageUnavailable</c> view: nothing was saved, try again. It is rendered
/// here rather than by re-running the pipeline, which would meet the same fault; the exception handler has already
/// cleared the response, so nothing the failed request set (a sign-in cookie, a status message) goes out with it.
/// </summary>
public sealed class StorageFaultPage : IExceptionHandler
{
    public const string ViewName = "StorageUnavailable";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!StorageFault.IsStorageFault(exception))
        {
            return false;
        }

        // The language the localisation middleware chose for this request; its own setting ended with the fault.
        if (httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } requested)
        {
            CultureInfo.CurrentCulture = requested.Culture;
            CultureInfo.CurrentUICulture = requested.UICulture;
        }

        httpContext.Response.Headers.RetryAfter = StorageFault.RetryAfterSeconds;
        // The layout's links need an endpoint to route from; the handler cleared the failed one.
        httpContext.SetEndpoint(new Endpoint(null, EndpointMetadataCollection.Empty, ViewName));
        var view = new ViewResult { ViewName = ViewName, StatusCode = StatusCodes.Status503ServiceUnavailable };
        await view.ExecuteResultAsync(new ActionContext(httpContext, httpContext.GetRouteData(), new ActionDescriptor()));
        return true;
    }
}
