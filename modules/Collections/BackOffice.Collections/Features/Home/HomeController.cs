using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Collections.Features.Home;

[Area(CollectionsModule.Area)]
[Authorize(Roles = CollectionsModule.Roles)]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
