using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Features.Plans;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Servicing.Features.Care;

/// <summary>The care team's worklist: early warnings to call before the borrower is late, plans to approve.</summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = StaffRoles.CareAgent)]
public sealed class CareController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(int page, CancellationToken cancellationToken) =>
        View(await sender.Send(new CareWorklistQuery(page), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Decide(Guid planId, bool approve, string? note, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new DecidePlanCommand(planId, approve, note, User.Identity!.Name!), cancellationToken);
            TempData["Done"] = approve ? "plan-approved" : "plan-rejected";
        }
        catch (BusinessRuleException refused)
        {
            TempData["Error"] = refused.Message;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToAction(nameof(Index));
    }
}
