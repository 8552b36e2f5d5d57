using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace BackOffice.BuildingBlocks.Web;

/// <summary>
/// The member of staff whose request this is. Every module names the actor by <see cref="Id"/> (commands, records,
/// the audit trail), so one person is one value everywhere; pages show <see cref="DisplayName"/>.
/// </summary>
public interface IActingStaff
{
    string Id { get; }

    string DisplayName { get; }

    bool IsInRole(string role);
}

/// <summary>Reads the acting staff member from the signed-in principal of the current request.</summary>
public sealed class ActingStaffFromRequest(IHttpContextAccessor http) : IActingStaff
{
    /// <summary>The claim the host's sign-in adds with the name an administrator gave the person.</summary>
    public const string DisplayNameClaim = "backoffice:display_name";

    public string Id =>
        User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("No member of staff is signed in on this request.");

    public string DisplayName =>
        User.FindFirstValue(DisplayNameClaim) is { Length: > 0 } name ? name : User.Identity?.Name ?? Id;

    public bool IsInRole(string role) => User.IsInRole(role);

    private ClaimsPrincipal User =>
        http.HttpContext?.User ?? throw new InvalidOperationException("The acting staff member is read inside a request only.");
}
