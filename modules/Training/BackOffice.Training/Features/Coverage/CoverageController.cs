using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Training.Features.Coverage;

/// <summary>
/// The trainers' view: who may collect through which channel, what expires soon, how courses go. Suspending and
/// reinstating take the certification as the route's id under another name, so a refusal goes back to the
/// coverage page, which takes none.
/// </summary>
[Area(TrainingModule.Area)]
[Authorize(Roles = TrainingModule.TrainerRoles)]
public sealed class CoverageController(ISender sender, IActingStaff acting) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new CoverageQuery(), cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Transcript(string id, CancellationToken cancellationToken) =>
        View(await sender.Send(new TranscriptQuery(id), cancellationToken));

    [HttpPost]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Suspend([FromRoute(Name = "id")] Guid certificationId, string? reason, CancellationToken cancellationToken)
    {
        await sender.Send(new SuspendCertificationCommand(certificationId, reason ?? "", acting.Id), cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Reinstate([FromRoute(Name = "id")] Guid certificationId, CancellationToken cancellationToken)
    {
        await sender.Send(new ReinstateCertificationCommand(certificationId, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Index));
    }
}
