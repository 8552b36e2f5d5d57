using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.Payments;
using BackOffice.Servicing.Features.Plans;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>The loan page and what servicing and care agents do on it.</summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = ServicingModule.Roles)]
public sealed class LoansController(ISender sender) : Controller
{
    private string Agent => User.Identity!.Name!;

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, DateOnly? payoffOn, CancellationToken cancellationToken) =>
        await PageAsync(id, payoffOn, cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Pay(Guid id, PaymentForm form, CancellationToken cancellationToken)
    {
        var loanNumber = (await sender.Send(new LoanDetailsQuery(id), cancellationToken)).Loan.LoanNumber;
        return await SendAsync(
            id,
            new PostPaymentCommand(loanNumber, form.Reference?.Trim() ?? "", form.Amount ?? 0m, form.ValueDate ?? default, PaymentChannel.Agent, Agent),
            "payment-posted",
            cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Reverse(Guid id, Guid paymentId, string? reason, CancellationToken cancellationToken) =>
        await SendAsync(id, new ReversePaymentCommand(paymentId, reason ?? "", Agent), "payment-reversed", cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Plan(Guid id, PlanKind kind, int size, CancellationToken cancellationToken)
    {
        try
        {
            return View(await sender.Send(new PlanPreviewQuery(id, kind, size), cancellationToken));
        }
        catch (Exception refused) when (refused is BusinessRuleException or RequestValidationException)
        {
            TempData["Error"] = refused is RequestValidationException invalid ? invalid.Errors.Values.First()[0] : refused.Message;
            return RedirectToAction(nameof(Details), new { id });
        }
    }

    [HttpPost]
    [Authorize(Roles = BackOffice.BuildingBlocks.Web.StaffRoles.CareAgent)]
    public async Task<IActionResult> ProposePlan(Guid id, PlanKind kind, int size, string? reason, CancellationToken cancellationToken) =>
        await SendAsync(id, new ProposePlanCommand(id, kind, size, reason ?? "", Agent), "plan-proposed", cancellationToken);

    private async Task<IActionResult> SendAsync<TResponse>(Guid id, ICommand<TResponse> command, string done, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            TempData["Done"] = done;
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
        catch (ConflictException conflict)
        {
            ModelState.AddModelError("", conflict.Message);
        }

        return await PageAsync(id, null, cancellationToken);
    }

    private async Task<IActionResult> PageAsync(Guid id, DateOnly? payoffOn, CancellationToken cancellationToken)
    {
        try
        {
            return View("Details", await sender.Send(new LoanDetailsQuery(id, payoffOn), cancellationToken));
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
