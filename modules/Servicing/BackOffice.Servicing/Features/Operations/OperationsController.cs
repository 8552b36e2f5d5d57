using System.Globalization;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Servicing.Features.Ledger;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Servicing.Features.Operations;

/// <summary>
/// The close-of-business operations page: runs, progress, a run started by hand, and the ledger's reconciliation to
/// the loans (an alert while it finds differences, and a check run by hand by those who keep the books).
/// </summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = ServicingModule.OperationsPageRoles)]
public sealed class OperationsController(ISender sender, IActingStaff acting, IStringLocalizer<ServicingResource> localizer) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await sender.Send(new OperationsQuery(), cancellationToken));

    [HttpPost]
    [Authorize(Roles = ServicingModule.OperationsRoles)]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Start(DateOnly through, CancellationToken cancellationToken)
    {
        var answer = await sender.Send(new StartCloseOfBusinessCommand(through, acting.Id), cancellationToken);
        TempData.SetStatus(CloseOfBusinessSayings.Answer(localizer, answer));
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    [Authorize(Roles = ServicingModule.LedgerRoles)]
    [RefusedShows(nameof(Index))]
    public async Task<IActionResult> Reconcile(CancellationToken cancellationToken)
    {
        var check = await sender.Send(new ReconcileLedgerCommand(acting.Id), cancellationToken);
        TempData.SetStatus(check.Balanced
            ? localizer["The ledger reconciles to the loans after {0}.", check.BusinessDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value
            : localizer["The ledger does not reconcile to the loans after {0}: {1} differences.",
                check.BusinessDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), check.DifferenceCount].Value);
        return RedirectToAction(nameof(Index));
    }
}
