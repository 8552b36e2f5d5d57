using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BackOffice.Training.Features.Home;

[Area(TrainingModule.Area)]
[Authorize(Roles = TrainingModule.Roles)]
public sealed class HomeController : Controller
{
    public IActionResult Index() => View();
}
