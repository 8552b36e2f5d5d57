namespace BackOffice.BuildingBlocks.Web;

/// <summary>OAuth scopes of the partner API; each is also the name of the authorization policy that demands it.</summary>
public static class ApiScopes
{
    public const string ApplicationsRead = "applications:read";
    public const string ApplicationsWrite = "applications:write";

    public static readonly IReadOnlyList<string> All = [ApplicationsRead, ApplicationsWrite];
}
