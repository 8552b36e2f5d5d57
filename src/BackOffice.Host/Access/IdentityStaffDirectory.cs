using BackOffice.BuildingBlocks.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Access;

/// <summary>The staff directory modules see, read from ASP.NET Core Identity; disabled users are left out.</summary>
public sealed class IdentityStaffDirectory(UserManager<StaffUser> users) : IStaffDirectory
{
    public async Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken) =>
        [.. (await users.GetUsersInRoleAsync(role)).Where(u => !u.IsDisabled).OrderBy(u => u.DisplayName).Select(ToMember)];

    public async Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(id) is { IsDisabled: false } user ? ToMember(user) : null;

    public async Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<string, string>()
            : await users.Users.Where(u => ids.Contains(u.Id) && u.DisplayName != "")
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);

    private static StaffMember ToMember(StaffUser user) => new(user.Id, user.Email ?? "", user.DisplayName);
}
