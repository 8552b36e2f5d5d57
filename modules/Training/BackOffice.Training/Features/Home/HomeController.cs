using BackOffice.BuildingBlocks.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Training.Features.Home;

/// <summary>"My training": my courses, my certifications, my notices.</summary>
[Area(TrainingModule.Area)]
[Authorize(Roles = TrainingModule.Roles)]
public sealed class HomeController(ISender sender, IActingStaff acting) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new MyTrainingQuery(acting.Id), cancellationToken) with { ManagesCourses = acting.IsInRole(StaffRoles.Trainer) });
}
