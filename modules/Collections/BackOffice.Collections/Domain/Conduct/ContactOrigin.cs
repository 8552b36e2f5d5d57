namespace BackOffice.Collections.Domain.Conduct;

/// <summary>
/// Where a number came from and whether its person agreed to be contacted: the source, for a search which search and
/// who ran it, and when the person consented (null: not asked, or not agreed).
/// </summary>
internal sealed record ContactOrigin(
    ContactSource Source, string? Search = null, string? FoundBy = null, DateTimeOffset? ConsentedAt = null)
{
    public static readonly ContactOrigin Application = new(ContactSource.Application);
}
