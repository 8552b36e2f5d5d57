using System.Security.Claims;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.AddThirdParty;
using BackOffice.Collections.Features.AssignAccount;
using BackOffice.Collections.Features.DecideVisit;
using BackOffice.Collections.Features.LogContact;
using BackOffice.Collections.Features.OverrideClearance;
using BackOffice.Collections.Features.RecordChoice;
using BackOffice.Collections.Features.RequestClearance;
using BackOffice.Collections.Features.RequestVisit;
using BackOffice.Collections.Features.SendMessage;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>The work page: the account, what is allowed now, clearance and logging in one flow.</summary>
[Area(CollectionsModule.Area)]
[Authorize(Roles = CollectionsModule.Roles)]
public sealed class AccountsController(ISender sender) : Controller
{
    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private bool IsManager => User.IsInRole(StaffRoles.CollectionsManager);

    [HttpGet]
    public async Task<IActionResult> Work(Guid id, Guid? clearance, CancellationToken cancellationToken)
    {
        try
        {
            return View(await sender.Send(new WorkPageQuery(id, Me, IsManager, clearance), cancellationToken));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost]
    [Authorize(Roles = StaffRoles.Collector)]
    public async Task<IActionResult> Clear(Guid id, Guid contactPointId, ContactMethod method, string? secondCollectorId, CancellationToken cancellationToken)
    {
        try
        {
            var answer = await sender.Send(new RequestClearanceCommand(id, Me, contactPointId, method, null, secondCollectorId), cancellationToken);
            return RedirectToAction(nameof(Work), new { id, clearance = answer.Id });
        }
        catch (RequestValidationException invalid)
        {
            TempData["Error"] = Why(invalid);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return RedirectToAction(nameof(Work), new { id });
    }

    [HttpPost]
    [Authorize(Roles = StaffRoles.Collector)]
    public async Task<IActionResult> Log(Guid id, LogForm form, CancellationToken cancellationToken)
    {
        try
        {
            var result = await sender.Send(new LogContactCommand(form.ClearanceId, Me, form.Outcome, form.Note, form.Consented, form.PromisedAmount, form.PromisedFor), cancellationToken);
            if (!result.Logged)
            {
                TempData["Error"] = "flagged:" + string.Join(", ", result.Flags.Select(f => $"{f.Category} ({f.Term})"));
                return RedirectToAction(nameof(Work), new { id, clearance = form.ClearanceId });
            }

            TempData["Done"] = "logged";
            return RedirectToAction(nameof(Work), new { id });
        }
        catch (Exception refused) when (refused is RequestValidationException or BusinessRuleException)
        {
            TempData["Error"] = Why(refused);
            return RedirectToAction(nameof(Work), new { id, clearance = form.ClearanceId });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost]
    [Authorize(Roles = StaffRoles.Collector)]
    public async Task<IActionResult> Send(Guid id, Guid clearanceId, string? template, bool chinese, DateOnly? date, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new SendMessageCommand(clearanceId, Me, template ?? "", chinese, date), cancellationToken);
            TempData["Done"] = "sent";
            return RedirectToAction(nameof(Work), new { id });
        }
        catch (Exception refused) when (refused is RequestValidationException or BusinessRuleException)
        {
            TempData["Error"] = Why(refused);
            return RedirectToAction(nameof(Work), new { id, clearance = clearanceId });
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    [HttpPost]
    public async Task<IActionResult> AddThirdParty(Guid id, string? name, string? relationship, string? phone, CancellationToken cancellationToken) =>
        await SendThenBackAsync(new AddThirdPartyCommand(id, Me, IsManager, name ?? "", relationship ?? "", phone ?? ""), "third-party", RedirectToAction(nameof(Work), new { id }), cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Choice(Guid id, ChoiceKind kind, ContactMethod? method, TimeOnly? from, TimeOnly? to, CancellationToken cancellationToken) =>
        await SendThenBackAsync(new RecordChoiceCommand(id, Me, IsManager, kind, method, from, to), "choice", RedirectToAction(nameof(Work), new { id }), cancellationToken);

    [HttpPost]
    [Authorize(Roles = StaffRoles.Collector)]
    public async Task<IActionResult> RequestVisit(Guid id, string? reason, CancellationToken cancellationToken) =>
        await SendThenBackAsync(new RequestVisitCommand(id, Me, reason ?? ""), "visit", RedirectToAction(nameof(Work), new { id }), cancellationToken);

    [HttpPost]
    [Authorize(Roles = CollectionsModule.ManagerRoles)]
    public async Task<IActionResult> DecideVisit(Guid visitId, bool approve, bool allowRepossession, CancellationToken cancellationToken) =>
        await SendThenBackAsync(new DecideVisitCommand(visitId, Me, approve, allowRepossession), "done", RedirectToAction("Index", "Home"), cancellationToken);

    [HttpPost]
    [Authorize(Roles = CollectionsModule.ManagerRoles)]
    public async Task<IActionResult> Assign(Guid id, string? collectorId, CancellationToken cancellationToken) =>
        await SendThenBackAsync(new AssignAccountCommand(id, collectorId ?? "", Me), "done", RedirectToAction("Index", "Home"), cancellationToken);

    [HttpPost]
    [Authorize(Roles = CollectionsModule.ManagerRoles)]
    public async Task<IActionResult> Override(Guid clearanceId, string? reason, CancellationToken cancellationToken) =>
        await SendThenBackAsync(new OverrideClearanceCommand(clearanceId, Me, reason ?? ""), "done", RedirectToAction("Index", "Home"), cancellationToken);

    /// <summary>
    /// A form's command, then back to the page the form was on with what came of it for the page to say: the
    /// status code when done, the first reason when refused; 404 for an account this person may not see.
    /// </summary>
    private async Task<IActionResult> SendThenBackAsync(ICommand<Guid> command, string done, IActionResult back, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Done"] = done;
        }
        catch (Exception refused) when (refused is RequestValidationException or BusinessRuleException)
        {
            TempData["Error"] = Why(refused);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return back;
    }

    private static string Why(Exception refused) => refused is RequestValidationException invalid ? invalid.Errors.Values.First()[0] : refused.Message;
}
