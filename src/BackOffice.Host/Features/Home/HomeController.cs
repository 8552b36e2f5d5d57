using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Host.Features.Home;

/// <summary>The landing page: what this member of staff may open, by role.</summary>
[Authorize]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();

    [AllowAnonymous]
    public IActionResult Error() => View();
}
