using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Servicing.Features.Home;

[Area(ServicingModule.Area)]
[Authorize(Roles = ServicingModule.Roles)]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
