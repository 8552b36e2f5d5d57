using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>
/// A download written straight to the response as it is read, never held whole in memory.
/// <paramref name="flushesSynchronously"/>: the writer ends parts with a synchronous flush (a ZIP entry's deflate
/// stream does, even when disposed asynchronously), a few kilobytes per part, which this response then allows.
/// </summary>
internal sealed class StreamedFileResult(string contentType, string fileName, Func<Stream, CancellationToken, Task> write, bool flushesSynchronously = false)
    : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        if (flushesSynchronously && context.HttpContext.Features.Get<IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        var response = context.HttpContext.Response;
        response.ContentType = contentType;
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName }.ToString();
        await write(response.Body, context.HttpContext.RequestAborted);
    }
}
