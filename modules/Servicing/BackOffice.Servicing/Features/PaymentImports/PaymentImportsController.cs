using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>Bank files: upload, preview with per-row errors, then post.</summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = StaffRoles.ServicingAgent)]
public sealed class PaymentImportsController(ISender sender, IActingStaff acting, IStringLocalizer<ServicingResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new RecentPaymentFilesQuery(), cancellationToken));

    [HttpPost]
    [RequestSizeLimit(UploadPaymentFileHandler.MaxBytes + 64 * 1024)]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length is 0 or > UploadPaymentFileHandler.MaxBytes)
        {
            throw RequestValidationException.For("File", "Choose a CSV file of at most 2 MB.");
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var content = await reader.ReadToEndAsync(cancellationToken);
        var id = await sender.Send(new UploadPaymentFileCommand(file.FileName, content, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Preview), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Preview(Guid id, CancellationToken cancellationToken) =>
        View(await sender.Send(new PaymentFilePreviewQuery(id), cancellationToken));

    /// <summary>
    /// Posting answers with the preview itself, the file's rows as they now stand and the rows that failed, so the
    /// failures are shown once without being kept anywhere; posting the file again posts nothing twice.
    /// </summary>
    [HttpPost]
    public async Task<IActionResult> Post(Guid id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new PostPaymentFileCommand(id, acting.Id), cancellationToken);
        TempData.SetStatus(localizer["{0} payments posted.", result.Posted].Value);
        var preview = await sender.Send(new PaymentFilePreviewQuery(id), cancellationToken);
        return View(nameof(Preview), preview with { Failures = result.Failures });
    }
}
