using BackOffice.BuildingBlocks.Web;

namespace BackOffice.Servicing.Features.Shared;

/// <summary>
/// Records name who acted by staff id; pages show the name an administrator gave that person. What is not a
/// member of staff (the schedule, a payment gateway's client) is shown as recorded.
/// </summary>
internal sealed class StaffNames
{
    private readonly Dictionary<string, string> names;

    private StaffNames(Dictionary<string, string> names) => this.names = names;

    public static async Task<StaffNames> LookUpAsync(IStaffDirectory directory, IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal))
        {
            names[id] = await directory.FindAsync(id, cancellationToken) is { DisplayName.Length: > 0 } member ? member.DisplayName : id;
        }

        return new StaffNames(names);
    }

    public string Of(string id) => names.GetValueOrDefault(id, id);

    public string? OfOptional(string? id) => id is null ? null : Of(id);
}
