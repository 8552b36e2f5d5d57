using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Origination.Features.DecideApplication;
using BackOffice.Origination.Features.VerifyIncome;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Origination.Features.Applications;

/// <summary>One application's file: verify income and debts, then approve or decline with a reason.</summary>
[Area(OriginationModule.Area)]
[Authorize(Roles = OriginationModule.Roles)]
public sealed class ApplicationsController(ISender sender, IActingStaff acting) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        var file = await sender.Send(new ApplicationFileQuery(id), cancellationToken);
        var verify = new VerifyForm
        {
            VerifiedIncome = file.VerifiedIncome ?? file.DeclaredIncome,
            VerifiedDebts = file.VerifiedDebts ?? file.DeclaredDebts,
            Version = file.Version,
        };
        var decide = new DecideForm { Amount = file.OfferAmount, TermMonths = file.OfferTermMonths };
        return View(new ApplicationPageModel(file, verify, decide));
    }

    [HttpPost]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Verify(Guid id, VerifyForm form, CancellationToken cancellationToken)
    {
        await sender.Send(new VerifyIncomeCommand(id, form.VerifiedIncome, form.VerifiedDebts, acting.Id, form.Version), cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Decide(Guid id, DecideForm form, CancellationToken cancellationToken)
    {
        await sender.Send(new DecideApplicationCommand(id, form.Approve, form.Amount, form.TermMonths, form.Reason, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }
}
