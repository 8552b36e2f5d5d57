using BackOffice.BuildingBlocks.Web;
using BackOffice.Host.PartnerApi;
using BackOffice.Origination.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Host.Features.Admin;

/// <summary>Partner dealers (owned by Origination) and the API clients through which their systems call in.</summary>
[Authorize(Roles = StaffRoles.Admin)]
public sealed class DealersController(ISender sender, DealerApiClients clients, IActingStaff acting) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? search, int page = 1, CancellationToken cancellationToken = default) =>
        View(new DealersViewModel(await sender.Send(new DealersQuery(search, page), cancellationToken), search));

    [HttpGet]
    public IActionResult Register() => View(new RegisterDealerModel());

    [HttpPost]
    public async Task<IActionResult> Register(RegisterDealerModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var id = await sender.Send(new RegisterDealerCommand(model.Name, model.Code, model.ContactEmail, acting.Id), cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken) =>
        await DetailsView(id, issued: null, cancellationToken);

    /// <summary>The secret is on this response only; it is stored hashed and cannot be shown again.</summary>
    [HttpPost]
    public async Task<IActionResult> CreateClient(Guid id, CancellationToken cancellationToken)
    {
        var dealer = await sender.Send(new DealerQuery(id), cancellationToken);
        if (dealer is null)
        {
            return NotFound();
        }

        var issued = await clients.CreateAsync(dealer.Id, dealer.Code, acting.Id, cancellationToken);
        return await DetailsView(id, issued, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> RotateSecret(Guid id, string clientId, CancellationToken cancellationToken)
    {
        var issued = await clients.RotateSecretAsync(clientId, acting.Id, cancellationToken);
        return await DetailsView(id, issued, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(Guid id, string clientId, CancellationToken cancellationToken)
    {
        await clients.RevokeAsync(clientId, acting.Id, cancellationToken);
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> DetailsView(Guid id, IssuedClientSecret? issued, CancellationToken cancellationToken)
    {
        var dealer = await sender.Send(new DealerQuery(id), cancellationToken);
        if (dealer is null)
        {
            return NotFound();
        }

        // A page showing a secret must not be kept by the browser or a proxy.
        Response.Headers.CacheControl = "no-store";
        return View(nameof(Details), new DealerDetailsViewModel(dealer, await clients.ForDealerAsync(id, cancellationToken), issued));
    }
}
