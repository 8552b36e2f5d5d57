using System.Security.Claims;

namespace BackOffice.BuildingBlocks.Web;

/// <summary>The dealer a partner API token speaks for. It is only ever read from the validated token.</summary>
public static class DealerClaims
{
    public const string DealerId = "dealer_id";

    public static Guid? FindDealerId(this ClaimsPrincipal principal) =>
        Guid.TryParse(principal.FindFirst(DealerId)?.Value, out var id) ? id : null;
}
