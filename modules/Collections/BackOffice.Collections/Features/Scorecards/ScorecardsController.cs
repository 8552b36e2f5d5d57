using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Collections.Features.Scorecards;

/// <summary>Collector and agency scorecards for managers: conduct first, money beside it.</summary>
[Area(CollectionsModule.Area)]
[Authorize(Roles = CollectionsModule.ManagerRoles)]
public sealed class ScorecardsController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new ScorecardsPage(
            await sender.Send(new ScorecardsQuery(), cancellationToken), await sender.Send(new AgencyScorecardsQuery(), cancellationToken)));
}
