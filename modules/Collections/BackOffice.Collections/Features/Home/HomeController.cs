using System.Security.Claims;
using BackOffice.BuildingBlocks.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Collections.Features.Home;

/// <summary>A collector's accounts in priority order; a manager's queues, assignment and overrides.</summary>
[Area(CollectionsModule.Area)]
[Authorize(Roles = CollectionsModule.Roles)]
public sealed class HomeController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new CollectionsHomeQuery(User.FindFirstValue(ClaimTypes.NameIdentifier)!, User.IsInRole(StaffRoles.CollectionsManager)), cancellationToken));
}
