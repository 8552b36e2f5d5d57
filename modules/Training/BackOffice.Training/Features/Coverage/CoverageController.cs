using BackOffice.BuildingBlocks.Errors;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Training.Features.Coverage;

/// <summary>The trainers' view: who may collect through which channel, what expires soon, how courses go.</summary>
[Area(TrainingModule.Area)]
[Authorize(Roles = TrainingModule.TrainerRoles)]
public sealed class CoverageController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new CoverageQuery(), cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Transcript(string id, CancellationToken cancellationToken) =>
        View(await sender.Send(new TranscriptQuery(id), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Suspend(Guid id, string? reason, CancellationToken cancellationToken) =>
        await SendAsync(new SuspendCertificationCommand(id, reason ?? "", User.Identity!.Name!), cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Reinstate(Guid id, CancellationToken cancellationToken) =>
        await SendAsync(new ReinstateCertificationCommand(id, User.Identity!.Name!), cancellationToken);

    private async Task<IActionResult> SendAsync(ICommand command, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
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
