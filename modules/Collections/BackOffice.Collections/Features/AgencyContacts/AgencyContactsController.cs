using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Collections.Features.ImportAgencyContacts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Collections.Features.AgencyContacts;

/// <summary>Managers import outside agencies' contact logs, so that the guard's limits count every collector and agency together.</summary>
[Area(CollectionsModule.Area)]
[Authorize(Roles = CollectionsModule.ManagerRoles)]
public sealed class AgencyContactsController(ISender sender, IActingStaff acting) : Controller
{
    private const int MaxBytes = 2 * 1024 * 1024;

    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new AgencyContactsPage(await sender.Send(new LatestAgencyContactsQuery(), cancellationToken), null));

    /// <summary>The import's outcome (counts, or every rejected line) is shown on the page the post answers with.</summary>
    [HttpPost]
    [RequestSizeLimit(MaxBytes + 64 * 1024)]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length is 0 or > MaxBytes)
        {
            throw RequestValidationException.For("File", "Choose a CSV file of at most 2 MB.");
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var content = await reader.ReadToEndAsync(cancellationToken);
        var result = await sender.Send(new ImportAgencyContactsCommand(content, acting.Id), cancellationToken);
        return View(nameof(Index), new AgencyContactsPage(await sender.Send(new LatestAgencyContactsQuery(), cancellationToken), result));
    }
}
