using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Training.Features.Courses;

[Area(TrainingModule.Area)]
[Authorize(Roles = TrainingModule.Roles)]
public sealed class CoursesController(ISender sender, IStringLocalizer<TrainingResource> text) : Controller
{
    [HttpGet]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> Index(int? enrolled, CancellationToken cancellationToken) =>
        View(await sender.Send(new CoursesQuery(), cancellationToken) with { Enrolled = enrolled });

    /// <summary>Enrols one collector, or everyone in a role (e.g. all collectors before the yearly renewal).</summary>
    [HttpPost]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> Enrol(Guid id, string? staffId, string? role, CancellationToken cancellationToken)
    {
        try
        {
            var added = await sender.Send(new EnrolStaffCommand(id, staffId, role, User.Identity!.Name!), cancellationToken);
            return RedirectToAction(nameof(Index), new { enrolled = added });
        }
        catch (RequestValidationException invalid)
        {
            TempData["Status"] = invalid.Errors.Values.First()[0];
            return RedirectToAction(nameof(Index));
        }
    }

    [HttpGet]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public IActionResult Create() => View(new CourseForm());

    [HttpPost]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> Create(CourseForm form, CancellationToken cancellationToken)
    {
        try
        {
            var id = await sender.Send(new CreateCourseCommand(form.Code, form.Title, form.TitleZh, form.Channel, form.IsRemedial, form.QuestionsPerAttempt,
                form.PassMarkPercent, form.TimeLimitMinutes, form.CooldownHours, form.MaxAttempts, form.LessonsEn, form.LessonsZh, form.Questions, User.Identity!.Name!), cancellationToken);
            return RedirectToAction(nameof(Lessons), new { id });
        }
        catch (RequestValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
            return View(form);
        }
    }

    [HttpPost]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> RequireCurrentVersion(Guid id, CancellationToken cancellationToken)
    {
        var ended = await sender.Send(new RequireCurrentVersionCommand(id, User.Identity!.Name!), cancellationToken);
        TempData["Status"] = text["{0} certifications ended; their holders must pass the current version.", ended].Value;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public IActionResult NewVersion(Guid id) => View(new VersionForm { CourseId = id });

    [HttpPost]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> NewVersion(VersionForm form, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new PublishCourseVersionCommand(form.CourseId, form.LessonsEn, form.LessonsZh, form.Questions, User.Identity!.Name!), cancellationToken);
            return RedirectToAction(nameof(Lessons), new { id = form.CourseId });
        }
        catch (RequestValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
            return View(form);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    [HttpGet]
    public async Task<IActionResult> Lessons(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return View(await sender.Send(new CourseLessonsQuery(id), cancellationToken));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
