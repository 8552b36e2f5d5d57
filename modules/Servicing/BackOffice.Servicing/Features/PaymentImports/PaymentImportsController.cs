using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Servicing.Features.PaymentImports;

/// <summary>Bank files: upload, preview with per-row errors, then post.</summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = StaffRoles.ServicingAgent)]
public sealed class PaymentImportsController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new RecentPaymentFilesQuery(), cancellationToken));

    [HttpPost]
    [RequestSizeLimit(UploadPaymentFileHandler.MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, CancellationToken cancellationToken)
    {
        try
        {
            if (file is null || file.Length is 0 or > UploadPaymentFileHandler.MaxBytes)
            {
                throw RequestValidationException.For("File", "Choose a CSV file of at most 2 MB.");
            }

            using var reader = new StreamReader(file.OpenReadStream());
            var id = await sender.Send(new UploadPaymentFileCommand(file.FileName, await reader.ReadToEndAsync(cancellationToken), User.Identity!.Name!), cancellationToken);
            return RedirectToAction(nameof(Preview), new { id });
        }
        catch (RequestValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
            return View(nameof(Index), await sender.Send(new RecentPaymentFilesQuery(), cancellationToken));
        }
    }

    [HttpGet]
    public async Task<IActionResult> Preview(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return View(await sender.Send(new PaymentFilePreviewQuery(id), cancellationToken));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost]
    public async Task<IActionResult> Post(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(new PostPaymentFileCommand(id, User.Identity!.Name!), cancellationToken);
            TempData["Posted"] = result.Posted;
            TempData["Failures"] = string.Join("\n", result.Failures);
            return RedirectToAction(nameof(Preview), new { id });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
