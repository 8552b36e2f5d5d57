using System.Security.Claims;
using BackOffice.BuildingBlocks.Errors;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Training.Features.Exams;

/// <summary>Taking an exam: start (questions drawn on the server), answer once, see the result.</summary>
[Area(TrainingModule.Area)]
[Authorize(Roles = TrainingModule.Roles)]
public sealed class ExamsController(ISender sender) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Start(Guid courseId, CancellationToken cancellationToken)
    {
        try
        {
            var attempt = await sender.Send(new StartExamCommand(courseId, Me), cancellationToken);
            return RedirectToAction(nameof(Take), new { id = attempt });
        }
        catch (BusinessRuleException refused)
        {
            TempData["Status"] = refused.Message;
            return RedirectToAction("Lessons", "Courses", new { id = courseId });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    [HttpGet]
    public async Task<IActionResult> Take(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return View(await sender.Send(new ExamAttemptQuery(id, Me), cancellationToken));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    /// <summary>Answers arrive as fields "q{id}" holding the chosen option indexes.</summary>
    [HttpPost]
    public async Task<IActionResult> Submit(Guid id, IFormCollection form, CancellationToken cancellationToken)
    {
        var answers = form.Keys.Where(k => k.StartsWith('q') && int.TryParse(k.AsSpan(1), out _))
            .ToDictionary(k => int.Parse(k.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture),
                k => (IReadOnlyCollection<int>)[.. form[k].Select(v => int.TryParse(v, out var option) ? option : -1)]);
        try
        {
            await sender.Send(new SubmitExamCommand(id, Me, answers), cancellationToken);
        }
        catch (BusinessRuleException refused)
        {
            TempData["Status"] = refused.Message;
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToAction(nameof(Take), new { id });
    }

    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
