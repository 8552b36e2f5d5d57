using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
using BackOffice.Servicing.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Compliance.Features.Complaints;

/// <summary>Complaint intake, the list against deadlines, and one complaint's investigation.</summary>
[Area(ComplianceModule.Area)]
[Authorize(Roles = ComplianceModule.Roles)]
public sealed class ComplaintsController(
    ISender sender, IStaffDirectory staff, IActingStaff acting, IStringLocalizer<ComplianceResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(
        ComplaintStatus? status, bool overdue = false, string? search = null, int page = 1, CancellationToken cancellationToken = default)
    {
        var rows = await sender.Send(new ComplaintsQuery(status, overdue, search, page), cancellationToken);
        return View(new ComplaintsViewModel(rows, status ?? ComplaintStatus.Open, overdue, search));
    }

    [HttpGet]
    public async Task<IActionResult> Register(CancellationToken cancellationToken)
    {
        ViewData["Collectors"] = await staff.InRoleAsync(StaffRoles.Collector, cancellationToken);
        return View(new ComplaintForm());
    }

    [HttpPost]
    public async Task<IActionResult> Register(ComplaintForm form, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new RegisterComplaintCommand(form.Source, form.Category, form.IsComplex, form.LoanReference, form.CollectorIds, form.Summary, acting.Id),
            cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var complaint = await sender.Send(new ComplaintQuery(id), cancellationToken);
        var collectors = await staff.InRoleAsync(StaffRoles.Collector, cancellationToken);
        return View(new ComplaintPageModel(complaint, collectors, acting.Id, await AttemptsAsync(complaint, cancellationToken)));
    }

    [HttpPost]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Take(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new TakeComplaintCommand(id, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Note(Guid id, string? text, CancellationToken cancellationToken)
    {
        await sender.Send(new AddCaseNoteCommand(id, text, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Extend(Guid id, CancellationToken cancellationToken)
    {
        await sender.Send(new ApproveExtensionCommand(id, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>Attaches a contact attempt (from Collections) to the case as a note of evidence.</summary>
    [HttpPost]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Evidence(Guid id, Guid attemptId, CancellationToken cancellationToken)
    {
        var complaint = await sender.Send(new ComplaintQuery(id), cancellationToken);
        var attempt = (await AttemptsAsync(complaint, cancellationToken)).FirstOrDefault(a => a.Id == attemptId);
        if (attempt is null)
        {
            return NotFound();
        }

        var blocked = attempt.BlockedBy.Count > 0 ? $", blocked by {string.Join(", ", attempt.BlockedBy)}" : "";
        var note = $"Evidence: {attempt.Method} {attempt.Outcome} at {attempt.At.UtcDateTime:yyyy-MM-dd HH:mm} UTC by {attempt.CollectorId}{blocked}"
            + $" (contact {attempt.Id}).";
        await sender.Send(new AddCaseNoteCommand(id, note, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>
    /// Closes the case; an apology letter (Collections) and a fee refund (Servicing), if asked for, follow as commands
    /// once it is closed. A refund the loan refuses comes back to the complaint's page as the refusal; the complaint
    /// stays closed, as it did before the refusal filter (making the three one transaction is a later issue).
    /// </summary>
    [HttpPost]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Close(
        Guid id, ComplaintOutcome? outcome, string? remedy, decimal? refund, bool apology, CancellationToken cancellationToken)
    {
        await sender.Send(new CloseComplaintCommand(id, outcome, remedy, acting.Id), cancellationToken);
        var complaint = await sender.Send(new ComplaintQuery(id), cancellationToken);
        if (complaint.LoanReference is { } loan)
        {
            if (apology)
            {
                await sender.Send(new SendApologyLetterCommand(loan, complaint.Reference, acting.Id), cancellationToken);
            }

            if (refund is > 0m)
            {
                var refunded = await sender.Send(
                    new RefundFeesCommand(loan, refund.Value, $"complaint {complaint.Reference}", acting.Id), cancellationToken);
                TempData.SetStatus(localizer["{0} of fees refunded on {1}.", refunded.ToString("N2"), loan].Value);
            }
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IReadOnlyList<ContactAttemptDto>> AttemptsAsync(ComplaintDetails complaint, CancellationToken cancellationToken) =>
        complaint.LoanReference is { Length: > 0 } loan ? await sender.Send(new ContactAttemptsQuery(loan), cancellationToken) : [];
}
