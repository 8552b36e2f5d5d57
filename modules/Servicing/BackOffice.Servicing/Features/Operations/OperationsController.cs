using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>The close-of-business operations page: runs, progress, and a run started by hand.</summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = ServicingModule.OperationsRoles)]
public sealed class OperationsController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new OperationsQuery(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Start(DateOnly through, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new StartCloseOfBusinessCommand(through, User.Identity!.Name!), cancellationToken);
            TempData["Done"] = "started";
            return RedirectToAction(nameof(Index));
        }
        catch (RequestValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
            return View(nameof(Index), await sender.Send(new OperationsQuery(), cancellationToken));
        }
    }
}
