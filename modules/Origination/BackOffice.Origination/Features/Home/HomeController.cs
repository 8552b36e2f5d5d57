using BackOffice.Origination.Domain.Applications;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Origination.Features.Home;

/// <summary>An underwriter's home is the queue of applications waiting for them.</summary>
[Area(OriginationModule.Area)]
[Authorize(Roles = OriginationModule.Roles)]
public sealed class HomeController(ISender sender) : Controller
{
    public async Task<IActionResult> Index(
        ApplicationStatus? status, string? search, string? product, int page = 1, CancellationToken cancellationToken = default) =>
        View(await sender.Send(new UnderwritingQueueQuery(status, search, product, page), cancellationToken));
}
