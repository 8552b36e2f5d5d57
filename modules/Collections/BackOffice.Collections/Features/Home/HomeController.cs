using BackOffice.BuildingBlocks.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Collections.Features.Home;

/// <summary>A collector's accounts in priority order; a manager's queues, assignment and overrides.</summary>
[Area(CollectionsModule.Area)]
[Authorize(Roles = CollectionsModule.Roles)]
public sealed class HomeController(ISender sender, IActingStaff acting) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new CollectionsHomeQuery(acting.Id, acting.IsInRole(StaffRoles.CollectionsManager)), cancellationToken));
}
