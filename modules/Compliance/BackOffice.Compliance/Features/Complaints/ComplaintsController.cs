using System.Security.Claims;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Compliance.Domain;
using BackOffice.Collections.Contracts;
using BackOffice.Servicing.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Compliance.Features.Complaints;

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
            return View(new ComplaintPageModel(view, await staff.InRoleAsync(StaffRoles.Collector, cancellationToken), Me, await AttemptsAsync(view, cancellationToken)));
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

    /// <summary>Attaches a contact attempt (from Collections) to the case as a note of evidence.</summary>
    [HttpPost]
    public async Task<IActionResult> Evidence(Guid id, Guid attemptId, CancellationToken cancellationToken)
    {
        var view = await sender.Send(new ComplaintQuery(id), cancellationToken);
        var attempt = (await AttemptsAsync(view, cancellationToken)).FirstOrDefault(a => a.Id == attemptId);
        if (attempt is null)
        {
            return NotFound();
        }

        var blocked = attempt.BlockedBy.Count > 0 ? $", blocked by {string.Join(", ", attempt.BlockedBy)}" : "";
        return await SendAsync(id, new AddCaseNoteCommand(id, $"Evidence: {attempt.Method} {attempt.Outcome} at {attempt.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC by {attempt.CollectorId}{blocked} (contact {attempt.Id}).", Me), cancellationToken);
    }

    /// <summary>Closes the case; an apology letter (Collections) and a fee refund (Servicing), if asked for, follow as commands once it is closed.</summary>
    [HttpPost]
    public async Task<IActionResult> Close(Guid id, ComplaintOutcome? outcome, string? remedy, decimal? refund, bool apology, CancellationToken cancellationToken)
    {
        var result = await SendAsync(id, new CloseComplaintCommand(id, outcome, remedy, Me), cancellationToken);
        var view = await sender.Send(new ComplaintQuery(id), cancellationToken);
        if (apology && view.Complaint.Status == ComplaintStatus.Closed && view.Complaint.LoanReference is { } apologised)
        {
            await sender.Send(new SendApologyLetterCommand(apologised, view.Complaint.Reference, Me), cancellationToken);
        }

        if (refund is > 0m && view.Complaint.Status == ComplaintStatus.Closed && view.Complaint.LoanReference is { } loan)
        {
            try
            {
                var refunded = await sender.Send(new RefundFeesCommand(loan, refund.Value, $"complaint {view.Complaint.Reference}", Me), cancellationToken);
                TempData["Status"] = $"{refunded:N2} of fees refunded on {loan}.";
            }
            catch (RequestValidationException invalid)
            {
                TempData["Status"] = invalid.Errors.Values.First()[0];
            }
        }

        return result;
    }

    private async Task<IReadOnlyList<ContactAttemptDto>> AttemptsAsync(ComplaintView view, CancellationToken cancellationToken) =>
        view.Complaint.LoanReference is { Length: > 0 } loan ? await sender.Send(new ContactAttemptsQuery(loan), cancellationToken) : [];

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
