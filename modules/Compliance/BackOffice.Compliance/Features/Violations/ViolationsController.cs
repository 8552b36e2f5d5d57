using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Compliance.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Compliance.Features.Violations;

/// <summary>The violations register: every source in one list, reviewed one by one, with trends per collector and rule.</summary>
[Area(ComplianceModule.Area)]
[Authorize(Roles = ComplianceModule.Roles)]
public sealed class ViolationsController(ISender sender, IActingStaff acting) : Controller
{
    public async Task<IActionResult> Index(
        ViolationStatus? status, ViolationSource? source, int page = 1, CancellationToken cancellationToken = default) =>
        View(await sender.Send(new ViolationsQuery(status, source, page), cancellationToken));

    [HttpPost]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Review(Guid id, bool confirm, string? reason, CancellationToken cancellationToken)
    {
        await sender.Send(new ReviewViolationCommand(id, confirm, reason, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}
