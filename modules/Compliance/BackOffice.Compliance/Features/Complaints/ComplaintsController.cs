using System.Security.Claims;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Compliance.Features.Complaints;

public sealed class ComplaintForm
{
    public ComplaintSource? Source { get; set; }

    public ComplaintCategory? Category { get; set; }

    public bool IsComplex { get; set; }

    public string? LoanReference { get; set; }

    public List<string> CollectorIds { get; set; } = [];

    public string? Summary { get; set; }
}

public sealed record ComplaintsViewModel(PagedResult<ComplaintRow> Rows, ComplaintStatus Status, bool OverdueOnly, string? Search);

public sealed record ComplaintPageModel(ComplaintView View, IReadOnlyList<StaffMember> Collectors, string Me);

/// <summary>Complaint intake, the list against deadlines, and one complaint's investigation.</summary>
[Area(ComplianceModule.Area)]
[Authorize(Roles = ComplianceModule.Roles)]
public sealed class ComplaintsController(ISender sender, IStaffDirectory staff) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(ComplaintStatus? status, bool overdue = false, string? search = null, int page = 1, CancellationToken cancellationToken = default) =>
        View(new ComplaintsViewModel(await sender.Send(new ComplaintsQuery(status, overdue, search, page), cancellationToken), status ?? ComplaintStatus.Open, overdue, search));

    [HttpGet]
    public async Task<IActionResult> Register(CancellationToken cancellationToken)
    {
        ViewData["Collectors"] = await staff.InRoleAsync(StaffRoles.Collector, cancellationToken);
        return View(new ComplaintForm());
    }

    [HttpPost]
    public async Task<IActionResult> Register(ComplaintForm form, CancellationToken cancellationToken)
    {
        try
        {
            var id = await sender.Send(new RegisterComplaintCommand(form.Source, form.Category, form.IsComplex, form.LoanReference, form.CollectorIds, form.Summary, Me), cancellationToken);
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (RequestValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
            ViewData["Collectors"] = await staff.InRoleAsync(StaffRoles.Collector, cancellationToken);
            return View(form);
        }
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var view = await sender.Send(new ComplaintQuery(id), cancellationToken);
            return View(new ComplaintPageModel(view, await staff.InRoleAsync(StaffRoles.Collector, cancellationToken), Me));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost]
    public Task<IActionResult> Take(Guid id, CancellationToken cancellationToken) => SendAsync(id, new TakeComplaintCommand(id, Me), cancellationToken);

    [HttpPost]
    public Task<IActionResult> Note(Guid id, string? text, CancellationToken cancellationToken) => SendAsync(id, new AddCaseNoteCommand(id, text, Me), cancellationToken);

    [HttpPost]
    public Task<IActionResult> Extend(Guid id, CancellationToken cancellationToken) => SendAsync(id, new ApproveExtensionCommand(id, Me), cancellationToken);

    [HttpPost]
    public Task<IActionResult> Close(Guid id, ComplaintOutcome? outcome, string? remedy, CancellationToken cancellationToken) =>
        SendAsync(id, new CloseComplaintCommand(id, outcome, remedy, Me), cancellationToken);

    private async Task<IActionResult> SendAsync(Guid id, ICommand command, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
        }
        catch (BusinessRuleException refused)
        {
            TempData["Status"] = refused.Message;
        }
        catch (RequestValidationException invalid)
        {
            TempData["Status"] = invalid.Errors.Values.First()[0];
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Staff are named by id, so "not the collector concerned" compares like with like.</summary>
    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
