using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.LogContact;
using BackOffice.Collections.Features.RequestClearance;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Collections.Features.CareContacts;

/// <summary>
/// The care team's calls to borrowers (early warnings, hardship): the same guard as collectors, the same borrower
/// choices, the same limits counted across both teams; no clearance, no call logged.
/// </summary>
[Area(CollectionsModule.Area)]
[Authorize(Roles = StaffRoles.CareAgent)]
public sealed class CareContactsController(ISender sender, IActingStaff acting, IStringLocalizer<CollectionsResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Call(Guid id, Guid? clearance, CancellationToken cancellationToken) =>
        View(await sender.Send(new CareCallQuery(id, clearance), cancellationToken));

    [HttpPost]
    [RefusedShows(nameof(Call))]
    public async Task<IActionResult> Clear(Guid id, Guid contactPointId, CancellationToken cancellationToken)
    {
        var answer = await sender.Send(
            new RequestClearanceCommand(id, acting.Id, contactPointId, ContactMethod.Call, null, null, Purpose: ContactPurpose.Care), cancellationToken);
        return RedirectToAction(nameof(Call), new { id, clearance = answer.Id });
    }

    [HttpPost]
    [RefusedShows(nameof(Call), Keep = ["clearance"])]
    public async Task<IActionResult> Log(
        Guid id, [FromForm(Name = "ClearanceId")] Guid clearance, ContactOutcome outcome, string? note, bool consented,
        bool identifiedCompanyAndSelf, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new LogContactCommand(clearance, acting.Id, outcome, note, consented, null, null, identifiedCompanyAndSelf), cancellationToken);
        NoteRefusal.ThrowUnlessLogged(result, localizer);

        TempData.SetStatus(localizer["The contact is logged."].Value);
        return RedirectToAction(nameof(Call), new { id });
    }
}
