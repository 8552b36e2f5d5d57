using BackOffice.Host.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Host.Features.Home;

/// <summary>The landing page: what this member of staff may open, by role.</summary>
[Authorize]
public sealed class HomeController(UserManager<StaffUser> users) : Controller
{
    /// <summary>Greets the person by the name an administrator gave them, or by their e-mail when they have none.</summary>
    public async Task<IActionResult> Index() =>
        View("Index", (await users.GetUserAsync(User)) is { DisplayName.Length: > 0 } me ? me.DisplayName : User.Identity!.Name!);

    /// <summary>The error page changes nothing, so a failed form post that the exception handler re-runs here needs no antiforgery token.</summary>
    [AllowAnonymous]
    [IgnoreAntiforgeryToken]
    public IActionResult Error() => View();
}
