using BackOffice.BuildingBlocks;
using BackOffice.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Features.Admin;

/// <summary>The policy pack and every value the modules' rules run on, as this host loaded them, by module.</summary>
public sealed record PolicyPage(string Pack, IReadOnlyList<IGrouping<string, PolicySetting>> Modules);

/// <summary>
/// Administrators see the policy in force. The values are set in configuration (appsettings, environment
/// variables) and read at start-up, so what this page shows is what the rules apply now.
/// </summary>
[Authorize(Roles = StaffRoles.Admin)]
public sealed class PolicyController(IEnumerable<IPolicyDescription> modules, IOptions<PolicyPackOptions> pack) : Controller
{
    public IActionResult Index() =>
        View(new PolicyPage(pack.Value.PolicyPack, [.. modules.SelectMany(m => m.Describe()).GroupBy(s => s.Module)]));
}
