using BackOffice.Servicing.Domain;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Servicing.Features.Home;

/// <summary>Servicing's front page: find a loan.</summary>
[Area(ServicingModule.Area)]
[Authorize(Roles = ServicingModule.Roles)]
public sealed class HomeController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(string? search, LoanStatus? status, int page, CancellationToken cancellationToken)
    {
        ViewData["Search"] = search;
        ViewData["StatusFilter"] = status;
        return View(await sender.Send(new LoanSearchQuery(search, status, page), cancellationToken));
    }
}
