using BackOffice.Compliance.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Compliance.Features.Home;

[Area(ComplianceModule.Area)]
[Authorize(Roles = ComplianceModule.Roles)]
public sealed class HomeController(ISender sender) : Controller
{
    /// <summary>The audit trail, newest first, and — when asked — whether its hash chain is intact.</summary>
    public async Task<IActionResult> Index(string? search, int page = 1, bool verify = false, CancellationToken cancellationToken = default)
    {
        var entries = await sender.Send(new AuditEntriesQuery(search, page), cancellationToken);
        var verification = verify ? await sender.Send(new VerifyAuditTrailQuery(), cancellationToken) : null;
        return View(new AuditTrailViewModel(entries, search, verification));
    }
}
