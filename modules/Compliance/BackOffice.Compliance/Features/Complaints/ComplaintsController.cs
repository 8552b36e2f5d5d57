using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Collections.Contracts;
using BackOffice.Compliance.Domain;
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
    public async Task<IActionResult> Take(Guid id, Guid? version, CancellationToken cancellationToken)
    {
        await sender.Send(new TakeComplaintCommand(id, acting.Id, version), cancellationToken);
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
    /// Closes the case with its remedies in one command; the fee refund (Servicing) and the apology letter (Collections)
    /// follow from the fact it publishes, each once. Closing again is refused: the case is closed.
    /// </summary>
    [HttpPost]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Close(
        Guid id, ComplaintOutcome? outcome, string? remedy, decimal? refund, bool apology, CancellationToken cancellationToken)
    {
        await sender.Send(new CloseComplaintCommand(id, outcome, remedy, refund, apology, acting.Id), cancellationToken);
        string[] remedies =
        [
            .. refund is > 0m ? [localizer["a refund of up to {0} of late fees", refund.Value.ToString("N2")].Value] : Array.Empty<string>(),
            .. apology ? [localizer["an apology letter"].Value] : Array.Empty<string>(),
        ];
        if (remedies.Length > 0)
        {
            TempData.SetStatus(localizer["Closed. The remedies follow: {0}.", string.Join(localizer["; "].Value, remedies)].Value);
        }

        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IReadOnlyList<ContactAttemptDto>> AttemptsAsync(ComplaintDetails complaint, CancellationToken cancellationToken) =>
        complaint.LoanReference is { Length: > 0 } loan ? await sender.Send(new ContactAttemptsQuery(loan), cancellationToken) : [];
}
