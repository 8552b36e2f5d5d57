namespace BackOffice.BuildingBlocks.Web;

public sealed record StaffMember(string Id, string Email, string DisplayName);

/// <summary>Who works here, by role. The host owns staff identities; modules ask through this port.</summary>
public interface IStaffDirectory
{
    Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken);

    Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken);
}
