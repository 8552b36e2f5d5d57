namespace BackOffice.BuildingBlocks.Web;

/// <summary>
/// Records name who acted by staff id; pages show the name an administrator gave that person, looked up once for
/// a whole page. What is not a member of staff (the schedule, a gateway's client, an agency) is shown as recorded.
/// </summary>
public sealed class StaffNames
{
    private readonly IReadOnlyDictionary<string, string> names;

    private StaffNames(IReadOnlyDictionary<string, string> names) => this.names = names;

    public static async Task<StaffNames> LookUpAsync(IStaffDirectory directory, IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return new StaffNames(await directory.DisplayNamesAsync(wanted, cancellationToken));
    }

    public string Of(string id) => names.GetValueOrDefault(id, id);

    public string? OfOptional(string? id) => id is null ? null : Of(id);
}
