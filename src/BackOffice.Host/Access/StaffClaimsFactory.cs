using System.Security.Claims;
using BackOffice.BuildingBlocks.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace BackOffice.Host.Access;

/// <summary>Adds the staff member's display name to the sign-in, so pages and records name people without a lookup.</summary>
public sealed class StaffClaimsFactory(UserManager<StaffUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ActingStaffFromRequest.DisplayNameClaim, user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.Id));
        return identity;
    }
}
