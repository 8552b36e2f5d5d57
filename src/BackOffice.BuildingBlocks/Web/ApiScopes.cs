namespace BackOffice.BuildingBlocks.Web;

/// <summary>OAuth scopes of the partner API; each is also the name of the authorization policy that demands it.</summary>
public static class ApiScopes
{
    public const string ApplicationsRead = "applications:read";
    public const string ApplicationsWrite = "applications:write";

    /// <summary>Posting payments: granted to a payment gateway's client, never to a dealer.</summary>
    public const string PaymentsWrite = "payments:write";

    /// <summary>What a dealer's client may ask for; its tokens also carry the dealer's id.</summary>
    public static readonly IReadOnlyList<string> Dealer = [ApplicationsRead, ApplicationsWrite];

    public static readonly IReadOnlyList<string> All = [.. Dealer, PaymentsWrite];
}
