using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Training.Features.Courses;

[Area(TrainingModule.Area)]
[Authorize(Roles = TrainingModule.Roles)]
public sealed class CoursesController(ISender sender, IActingStaff acting, IStringLocalizer<TrainingResource> text) : Controller
{
    [HttpGet]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new CoursesQuery(), cancellationToken));

    /// <summary>
    /// Enrols one collector, or everyone in a role (e.g. all collectors before the yearly renewal). The course is
    /// the route's id under another name, so a refusal goes back to the course list, which takes none.
    /// </summary>
    [HttpPost]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Enrol([FromRoute(Name = "id")] Guid courseId, string? staffId, string? role, CancellationToken cancellationToken)
    {
        var added = await sender.Send(new EnrolStaffCommand(courseId, staffId, role, acting.Id), cancellationToken);
        TempData.SetStatus(text["{0} enrolled.", added].Value);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public IActionResult Create() => View(new CourseForm());

    [HttpPost]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> Create(CourseForm form, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new CreateCourseCommand(
                form.Code, form.Title, form.TitleZh, form.Channel, form.IsRemedial, form.QuestionsPerAttempt, form.PassMarkPercent,
                form.TimeLimitMinutes, form.CooldownHours, form.MaxAttempts, form.LessonsEn, form.LessonsZh, form.Questions, acting.Id, form.AlsoCertifies),
            cancellationToken);
        return RedirectToAction(nameof(Lessons), new { id });
    }

    [HttpPost]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> RequireCurrentVersion(Guid id, CancellationToken cancellationToken)
    {
        var ended = await sender.Send(new RequireCurrentVersionCommand(id, acting.Id), cancellationToken);
        TempData.SetStatus(text["{0} certifications ended; their holders must pass the current version.", ended].Value);
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public IActionResult NewVersion(Guid id) => View(new VersionForm { CourseId = id });

    [HttpPost]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> NewVersion(Guid id, VersionForm form, CancellationToken cancellationToken)
    {
        await sender.Send(new PublishCourseVersionCommand(id, form.LessonsEn, form.LessonsZh, form.Questions, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Lessons), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Lessons(Guid id, CancellationToken cancellationToken) =>
        View(await sender.Send(new CourseLessonsQuery(id), cancellationToken));
}
