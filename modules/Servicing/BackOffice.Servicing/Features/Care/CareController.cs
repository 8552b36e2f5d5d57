using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Servicing.Features.Plans;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Servicing.Features.Care;

/// <summary>The care team's worklist: early warnings to call before the borrower is late, plans to approve.</summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = StaffRoles.CareAgent)]
public sealed class CareController(ISender sender, IActingStaff acting, IStringLocalizer<ServicingResource> localizer) : Controller
{
    public async Task<IActionResult> Index(int page, CancellationToken cancellationToken) =>
        View(await sender.Send(new CareWorklistQuery(page), cancellationToken));

    [HttpPost]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Decide(Guid planId, bool approve, string? note, CancellationToken cancellationToken)
    {
        await sender.Send(new DecidePlanCommand(planId, approve, note, acting.Id), cancellationToken);
        TempData.SetStatus(localizer[approve ? "status:plan-approved" : "status:plan-rejected"].Value);
        return RedirectToAction(nameof(Index));
    }
}
