using BackOffice.BuildingBlocks.Errors;
using BackOffice.Compliance.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Compliance.Features.Violations;

/// <summary>The violations register: every source in one list, reviewed one by one, with trends per collector and rule.</summary>
[Area(ComplianceModule.Area)]
[Authorize(Roles = ComplianceModule.Roles)]
public sealed class ViolationsController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(ViolationStatus? status, ViolationSource? source, int page = 1, CancellationToken cancellationToken = default) =>
        View(await sender.Send(new ViolationsQuery(status, source, page), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Review(Guid id, bool confirm, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new ReviewViolationCommand(id, confirm, reason, User.Identity!.Name!), cancellationToken);
        }
        catch (Exception refused) when (refused is BusinessRuleException or RequestValidationException)
        {
            TempData["Status"] = refused is RequestValidationException invalid ? invalid.Errors.Values.First()[0] : refused.Message;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToAction(nameof(Index));
    }
}
