using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Features.Ledger;
using BackOffice.Servicing.Features.Payments;
using BackOffice.Servicing.Features.Plans;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>
/// The loan page and what servicing and care agents do on it; accountants read it (its ledger) and record the dealer's
/// funding. Each action demands its own roles besides the page's. A refused form comes back to the loan page.
/// </summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = ServicingModule.LoanPageRoles)]
public sealed class LoansController(ISender sender, IActingStaff acting, IStringLocalizer<ServicingResource> localizer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Details(Guid id, DateOnly? payoffOn, int? page, CancellationToken cancellationToken) =>
        View(await sender.Send(new LoanDetailsQuery(id, payoffOn, page), cancellationToken));

    [HttpPost]
    [Authorize(Roles = ServicingModule.Roles)]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Pay(Guid id, PaymentForm form, CancellationToken cancellationToken)
    {
        var loanNumber = (await sender.Send(new LoanDetailsQuery(id), cancellationToken)).Loan.LoanNumber;
        var payment = new PostPaymentCommand(
            loanNumber, form.Reference?.Trim() ?? "", form.Amount ?? 0m, form.ValueDate ?? default, PaymentChannel.Agent, acting.Id);
        await sender.Send(payment, cancellationToken);
        return Done(id, "status:payment-posted");
    }

    [HttpPost]
    [Authorize(Roles = ServicingModule.Roles)]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Reverse(Guid id, Guid paymentId, string? reason, CancellationToken cancellationToken)
    {
        await sender.Send(new ReversePaymentCommand(paymentId, reason ?? "", acting.Id), cancellationToken);
        return Done(id, "status:payment-reversed");
    }

    [HttpPost]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> RefundCredit(Guid id, decimal? amount, string? reason, CancellationToken cancellationToken)
    {
        await sender.Send(new RefundCreditCommand(id, amount ?? 0m, reason ?? "", acting.Id), cancellationToken);
        return Done(id, "status:credit-refunded");
    }

    /// <summary>A plan the loan cannot have is refused on the loan page, where the plan was asked for.</summary>
    [HttpGet]
    [Authorize(Roles = ServicingModule.Roles)]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> Plan(Guid id, PlanKind kind, int size, CancellationToken cancellationToken) =>
        View(await sender.Send(new PlanPreviewQuery(id, kind, size), cancellationToken));

    [HttpPost]
    [Authorize(Roles = StaffRoles.CareAgent)]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> ProposePlan(Guid id, PlanKind kind, int size, string? reason, CancellationToken cancellationToken)
    {
        await sender.Send(new ProposePlanCommand(id, kind, size, reason ?? "", acting.Id), cancellationToken);
        return Done(id, "status:plan-proposed");
    }

    [HttpPost]
    [Authorize(Roles = StaffRoles.Accountant)]
    [RefusedShows(nameof(Details))]
    public async Task<IActionResult> FundDealer(Guid id, string? reference, CancellationToken cancellationToken)
    {
        await sender.Send(new FundDealerCommand(id, reference?.Trim() ?? "", acting.Id), cancellationToken);
        return Done(id, "status:dealer-funded");
    }

    private RedirectToActionResult Done(Guid id, string status)
    {
        TempData.SetStatus(localizer[status].Value);
        return RedirectToAction(nameof(Details), new { id });
    }
}
