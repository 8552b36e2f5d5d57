using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
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
using BackOffice.Collections.Features.SendVerification;
using BackOffice.Collections.Features.WithdrawChoice;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>
/// The work page: the account, what is allowed now, clearance and logging in one flow. A collector's forms come
/// back to the work page and a manager's to the collections home, saying what was done or why it was refused.
/// </summary>
[Area(CollectionsModule.Area)]
[Authorize(Roles = CollectionsModule.Roles)]
public sealed class AccountsController(ISender sender, IActingStaff acting, IStringLocalizer<CollectionsResource> localizer) : Controller
{
    private bool IsManager => acting.IsInRole(StaffRoles.CollectionsManager);

    [HttpGet]
    public async Task<IActionResult> Work(Guid id, Guid? clearance, CancellationToken cancellationToken) =>
        View(await sender.Send(new WorkPageQuery(id, acting.Id, IsManager, clearance), cancellationToken));

    [HttpPost]
    [Authorize(Roles = StaffRoles.Collector)]
    [RefusedShows(nameof(Work))]
    public async Task<IActionResult> Clear(
        Guid id, Guid contactPointId, ContactMethod method, string? secondCollectorId, string? templateKey, CancellationToken cancellationToken)
    {
        var answer = await sender.Send(
            new RequestClearanceCommand(id, acting.Id, contactPointId, method, null, secondCollectorId, templateKey), cancellationToken);
        return RedirectToAction(nameof(Work), new { id, clearance = answer.Id });
    }

    [HttpPost]
    [Authorize(Roles = StaffRoles.Collector)]
    [RefusedShows(nameof(Work), Keep = ["clearance"])]
    public async Task<IActionResult> Log(
        Guid id, [FromForm(Name = "ClearanceId")] Guid clearance, LogForm form, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new LogContactCommand(
                clearance, acting.Id, form.Outcome, form.Note, form.Consented, form.PromisedAmount, form.PromisedFor, form.IdentifiedCompanyAndSelf),
            cancellationToken);
        NoteRefusal.ThrowUnlessLogged(result, localizer);

        TempData.SetStatus(localizer["The contact is logged."].Value);
        return RedirectToAction(nameof(Work), new { id });
    }

    [HttpPost]
    [Authorize(Roles = StaffRoles.Collector)]
    [RefusedShows(nameof(Work), Keep = ["clearance"])]
    public async Task<IActionResult> Send(
        Guid id, [FromForm(Name = "clearanceId")] Guid clearance, string? template, bool chinese, DateOnly? date, CancellationToken cancellationToken)
    {
        await sender.Send(new SendMessageCommand(clearance, acting.Id, template ?? "", chinese, date), cancellationToken);
        TempData.SetStatus(localizer["The message is sent and logged."].Value);
        return RedirectToAction(nameof(Work), new { id });
    }

    [HttpPost]
    [RefusedShows(nameof(Work))]
    public async Task<IActionResult> AddThirdParty(
        Guid id, string? name, string? relationship, string? phone, ContactSource? source, string? search, bool consented,
        CancellationToken cancellationToken)
    {
        await sender.Send(
            new AddThirdPartyCommand(
                id, acting.Id, IsManager, name ?? "", relationship ?? "", phone ?? "", source ?? ContactSource.Unknown, search, consented),
            cancellationToken);
        TempData.SetStatus(localizer["The third party is added."].Value);
        return RedirectToAction(nameof(Work), new { id });
    }

    [HttpPost]
    [RefusedShows(nameof(Work))]
    public async Task<IActionResult> Choice(
        Guid id, ChoiceKind kind, ContactMethod? method, TimeOnly? from, TimeOnly? to, ChoiceChannel? how, CancellationToken cancellationToken)
    {
        await sender.Send(
            new RecordChoiceCommand(id, acting.Id, IsManager, kind, method, from, to, how ?? ChoiceChannel.Unknown), cancellationToken);
        TempData.SetStatus(localizer["The borrower's choice is recorded; it binds every collector from now."].Value);
        return RedirectToAction(nameof(Work), new { id });
    }

    [HttpPost]
    [RefusedShows(nameof(Work))]
    public async Task<IActionResult> Withdraw(Guid id, Guid choiceId, ChoiceChannel? how, CancellationToken cancellationToken)
    {
        await sender.Send(new WithdrawChoiceCommand(id, acting.Id, IsManager, choiceId, how ?? ChoiceChannel.Unknown), cancellationToken);
        TempData.SetStatus(localizer["The borrower withdrew the choice; it no longer binds collectors."].Value);
        return RedirectToAction(nameof(Work), new { id });
    }

    [HttpPost]
    [RefusedShows(nameof(Work))]
    public async Task<IActionResult> Verify(Guid id, bool chinese, CancellationToken cancellationToken)
    {
        await sender.Send(new SendVerificationCommand(id, acting.Id, IsManager, chinese), cancellationToken);
        TempData.SetStatus(localizer["The verification letter is sent; the dispute is answered and collection may resume."].Value);
        return RedirectToAction(nameof(Work), new { id });
    }

    [HttpPost]
    [Authorize(Roles = StaffRoles.Collector)]
    [RefusedShows(nameof(Work))]
    public async Task<IActionResult> RequestVisit(Guid id, string? reason, CancellationToken cancellationToken)
    {
        await sender.Send(new RequestVisitCommand(id, acting.Id, reason ?? ""), cancellationToken);

        // What the work page has always said after a visit request (it has no sentence of its own yet).
        TempData.SetStatus(localizer["The contact is logged."].Value);
        return RedirectToAction(nameof(Work), new { id });
    }

    [HttpPost]
    [Authorize(Roles = CollectionsModule.ManagerRoles)]
    [RefusedShows("Index", Controller = "Home")]
    public async Task<IActionResult> DecideVisit(Guid visitId, bool approve, bool allowRepossession, CancellationToken cancellationToken)
    {
        await sender.Send(new DecideVisitCommand(visitId, acting.Id, approve, allowRepossession), cancellationToken);
        return DoneAtHome();
    }

    /// <remarks>The loan is named <c>loanId</c> here, not <c>id</c>, so a refusal goes back to the plain home page.</remarks>
    [HttpPost]
    [Authorize(Roles = CollectionsModule.ManagerRoles)]
    [RefusedShows("Index", Controller = "Home")]
    public async Task<IActionResult> Assign(
        [FromRoute(Name = "id")] Guid loanId, string? collectorId, Guid? version, CancellationToken cancellationToken)
    {
        await sender.Send(new AssignAccountCommand(loanId, collectorId ?? "", acting.Id, version), cancellationToken);
        return DoneAtHome();
    }

    [HttpPost]
    [Authorize(Roles = CollectionsModule.ManagerRoles)]
    [RefusedShows("Index", Controller = "Home")]
    public async Task<IActionResult> Override(Guid clearanceId, string? reason, CancellationToken cancellationToken)
    {
        await sender.Send(new OverrideClearanceCommand(clearanceId, acting.Id, reason ?? ""), cancellationToken);
        return DoneAtHome();
    }

    private RedirectToActionResult DoneAtHome()
    {
        TempData.SetStatus(localizer["Done."].Value);
        return RedirectToAction("Index", "Home");
    }
}
