using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using BackOffice.Collections.Features.ImportAgencyContacts;

namespace BackOffice.Collections.Features.AgencyContacts;

/// <summary>Managers import outside agencies' contact logs, so that the guard's limits count every collector and agency together.</summary>
[Area(CollectionsModule.Area)]
[Authorize(Roles = CollectionsModule.ManagerRoles)]
public sealed class AgencyContactsController(ISender sender) : Controller
{
    private const int MaxBytes = 2 * 1024 * 1024;

    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new AgencyContactsPage(await sender.Send(new LatestAgencyContactsQuery(), cancellationToken), null));

    [HttpPost]
    [RequestSizeLimit(MaxBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        AgencyImportResult? result = null;
        try
        {
            if (file is null || file.Length is 0 or > MaxBytes)
            {
                throw RequestValidationException.For("File", "Choose a CSV file of at most 2 MB.");
            }

            using var reader = new StreamReader(file.OpenReadStream());
            result = await sender.Send(new ImportAgencyContactsCommand(await reader.ReadToEndAsync(cancellationToken), User.Identity!.Name!), cancellationToken);
        }
        catch (RequestValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
        }

        return View(nameof(Index), new AgencyContactsPage(await sender.Send(new LatestAgencyContactsQuery(), cancellationToken), result));
    }
}
