namespace BackOffice.BuildingBlocks.Web;

public sealed record StaffMember(string Id, string Email, string DisplayName);

/// <summary>Who works here, by role. The host owns staff identities; modules ask through this port.</summary>
public interface IStaffDirectory
{
    Task<IReadOnlyList<StaffMember>> InRoleAsync(string role, CancellationToken cancellationToken);

    Task<StaffMember?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// The display names of the given staff ids in one look-up, disabled people included (a record keeps who acted);
    /// an id that names no member of staff is left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> DisplayNamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);
}
