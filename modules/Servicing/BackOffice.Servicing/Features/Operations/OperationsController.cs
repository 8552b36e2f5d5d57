using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>The close-of-business operations page: runs, progress, and a run started by hand.</summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = ServicingModule.OperationsRoles)]
public sealed class OperationsController(ISender sender, IActingStaff acting, IStringLocalizer<ServicingResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new OperationsQuery(), cancellationToken));

    [HttpPost]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Start(DateOnly through, CancellationToken cancellationToken)
    {
        var answer = await sender.Send(new StartCloseOfBusinessCommand(through, acting.Id), cancellationToken);
        TempData.SetStatus(CloseOfBusinessSayings.Answer(localizer, answer));
        return RedirectToAction(nameof(Index));
    }
}
