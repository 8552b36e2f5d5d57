using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Web;
using BackOffice.BuildingBlocks.Web.Pages;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BackOffice.Host.Features.Admin;

/// <summary>
/// Events that could not be delivered after every attempt, from all modules. An administrator retries one (after
/// fixing what made it fail) or discards it with a reason; until then it holds back the later events of its
/// aggregate, and /health/ready says Degraded.
/// </summary>
[Authorize(Roles = StaffRoles.Admin)]
public sealed class DeadLettersController(DeadLetterDesk desk, IActingStaff acting, IStringLocalizer<SharedResource> text) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var letters = await desk.ListAsync(page, cancellationToken);

        // The last letter of the last page was just settled: show the page that now is the last.
        return letters.Items.Count == 0 && letters.Page > letters.PageCount
            ? RedirectToAction(nameof(Index), new { page = letters.PageCount })
            : View(letters);
    }

    [HttpPost]
    public async Task<IActionResult> Retry(string module, long sequence, int page = 1, CancellationToken cancellationToken = default)
    {
        if (await desk.RetryAsync(module, sequence, acting.Id, cancellationToken))
        {
            TempData.SetStatus(text["Event {0} of {1} was sent for delivery again; the later events of its aggregate follow it.", sequence, text[module].Value].Value);
        }
        else
        {
            TempData.SetRefusal(AlreadySettled(module, sequence));
        }

        return RedirectToAction(nameof(Index), new { page });
    }

    [HttpPost]
    public async Task<IActionResult> Discard(DiscardDeadLetterForm form, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!ModelState.IsValid)
        {
            TempData.SetRefusal(ModelState.Values.SelectMany(v => v.Errors).First().ErrorMessage);
        }
        else if (await desk.DiscardAsync(form.Module, form.Sequence, form.Reason, acting.Id, cancellationToken))
        {
            TempData.SetStatus(text["Event {0} of {1} was discarded; the later events of its aggregate are released.", form.Sequence, text[form.Module].Value].Value);
        }
        else
        {
            TempData.SetRefusal(AlreadySettled(form.Module, form.Sequence));
        }

        return RedirectToAction(nameof(Index), new { page });
    }

    private string AlreadySettled(string module, long sequence) =>
        text["Event {0} of {1} was retried or discarded by someone else a moment ago; nothing was changed. The list shows it as it is now.", sequence, text[module].Value].Value;
}
