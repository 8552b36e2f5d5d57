using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Origination.Features.DecideApplication;
using BackOffice.Origination.Features.VerifyIncome;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Origination.Features.Applications;

/// <summary>One application's file: verify income and debts, then approve or decline with a reason.</summary>
[Area(OriginationModule.Area)]
[Authorize(Roles = OriginationModule.Roles)]
public sealed class ApplicationsController(ISender sender) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await PageAsync(id, null, null, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Verify(Guid id, VerifyForm form, CancellationToken cancellationToken) =>
        await SendAsync(id, new VerifyIncomeCommand(id, form.VerifiedIncome, form.VerifiedDebts, Underwriter), form, null, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Decide(Guid id, DecideForm form, CancellationToken cancellationToken) =>
        await SendAsync(id, new DecideApplicationCommand(id, form.Approve, form.Amount, form.TermMonths, form.Reason, Underwriter), null, form, cancellationToken);

    private async Task<IActionResult> SendAsync(Guid id, ICommand command, VerifyForm? verify, DecideForm? decide, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (RequestValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid);
        }
        catch (BusinessRuleException refused)
        {
            ModelState.AddModelError("", refused.Message);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return await PageAsync(id, verify, decide, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(Guid id, VerifyForm? verify, DecideForm? decide, CancellationToken cancellationToken)
    {
        try
        {
            var file = await sender.Send(new ApplicationFileQuery(id), cancellationToken);
            verify ??= new VerifyForm
            {
                VerifiedIncome = file.VerifiedIncome ?? file.DeclaredIncome,
                VerifiedDebts = file.VerifiedDebts ?? file.DeclaredDebts,
            };
            decide ??= new DecideForm { Amount = file.OfferAmount, TermMonths = file.OfferTermMonths };
            return View(nameof(Details), new ApplicationPageModel(file, verify, decide));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private string Underwriter => User.Identity?.Name ?? "unknown";
}
