using System.Globalization;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Training.Features.Exams;

/// <summary>Taking an exam: start (questions drawn on the server), answer once, see the result.</summary>
[Area(TrainingModule.Area)]
[Authorize(Roles = TrainingModule.Roles)]
public sealed class ExamsController(ISender sender, IActingStaff acting) : Controller
{
    /// <summary>Starts (or resumes) the exam of the course whose id the route carries; a refusal goes back to the course's lessons.</summary>
    [HttpPost]
    [RefusedShows("Lessons", Controller = "Courses")]
    public async Task<IActionResult> Start(Guid id, CancellationToken cancellationToken)
    {
        var attempt = await sender.Send(new StartExamCommand(id, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Take), new { id = attempt });
    }

    [HttpGet]
    public async Task<IActionResult> Take(Guid id, CancellationToken cancellationToken) =>
        View(await sender.Send(new ExamAttemptQuery(id, acting.Id), cancellationToken));

    /// <summary>Answers arrive as fields "q{id}" holding the chosen option indexes.</summary>
    [HttpPost]
    [RefusedShows(nameof(Take))]
    public async Task<IActionResult> Submit(Guid id, IFormCollection form, CancellationToken cancellationToken)
    {
        var answers = form.Keys.Where(k => k.StartsWith('q') && int.TryParse(k.AsSpan(1), out _))
            .ToDictionary(k => int.Parse(k.AsSpan(1), CultureInfo.InvariantCulture),
                k => (IReadOnlyCollection<int>)[.. form[k].Select(v => int.TryParse(v, out var option) ? option : -1)]);
        await sender.Send(new SubmitExamCommand(id, acting.Id, answers), cancellationToken);
        return RedirectToAction(nameof(Take), new { id });
    }
}
