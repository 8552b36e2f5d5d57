using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Training.Features.Enrolments;
using BackOffice.Training.Features.MyTraining;
using BackOffice.Training.Persistence;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Training.Features.Courses;

public sealed record CourseRow(Guid Id, string Code, string Title, string Channel, bool IsRemedial, int Version);

public sealed record CoursesViewModel(IReadOnlyList<CourseRow> Courses, IReadOnlyList<StaffMember> Collectors, int? Enrolled);

[Area(TrainingModule.Area)]
[Authorize(Roles = TrainingModule.Roles)]
public sealed class CoursesController(ISender sender, TrainingDbContext db, IStaffDirectory staff) : Controller
{
    [HttpGet]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> Index(int? enrolled, CancellationToken cancellationToken)
    {
        var courses = await db.Courses.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken);
        return View(new CoursesViewModel(
            [.. courses.Select(c => new CourseRow(c.Id, c.Code, c.Title, c.Channel.ToString(), c.IsRemedial, c.Current.Number))],
            await staff.InRoleAsync(StaffRoles.Collector, cancellationToken),
            enrolled));
    }

    /// <summary>Enrols one collector, or everyone in a role (e.g. all collectors before the yearly renewal).</summary>
    [HttpPost]
    [Authorize(Roles = TrainingModule.TrainerRoles)]
    public async Task<IActionResult> Enrol(Guid id, string? staffId, string? role, CancellationToken cancellationToken)
    {
        try
        {
            var added = await sender.Send(new EnrolCommand(id, staffId, role, User.Identity!.Name!), cancellationToken);
            return RedirectToAction(nameof(Index), new { enrolled = added });
        }
        catch (RequestValidationException invalid)
        {
            TempData["Status"] = invalid.Errors.Values.First()[0];
            return RedirectToAction(nameof(Index));
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
