using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Origination.Features.Home;

[Area(OriginationModule.Area)]
[Authorize(Roles = OriginationModule.Roles)]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
