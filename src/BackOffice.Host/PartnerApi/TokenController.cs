using System.Security.Claims;
using System.Text.Json;
using BackOffice.BuildingBlocks.Web;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BackOffice.Host.PartnerApi;

/// <summary>
/// The token endpoint's last step. OpenIddict has already authenticated the client and checked its scopes;
/// this adds the dealer the client belongs to, so the API reads the dealer from the token and nowhere else.
/// A payment gateway's client belongs to no dealer; its token carries only its scope.
/// </summary>
[ApiExplorerSettings(IgnoreApi = true)]
[IgnoreAntiforgeryToken]
public sealed class TokenController(IOpenIddictApplicationManager applications) : Controller
{
    [HttpPost("~/connect/token")]
    [Produces("application/json")]
    public async Task<IActionResult> Exchange(CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenIddict request is missing.");
        if (!request.IsClientCredentialsGrantType())
        {
            return Refuse(Errors.UnsupportedGrantType, "Only the client credentials grant is supported.");
        }

        var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken);
        var properties = application is null ? null : await applications.GetPropertiesAsync(application, cancellationToken);
        var isGateway = properties?.ContainsKey(PaymentGatewayClients.Marker) == true;
        var dealer = default(JsonElement);
        if (!isGateway
            && (properties is null || !properties.TryGetValue(DealerClaims.DealerId, out dealer) || dealer.ValueKind != JsonValueKind.String))
        {
            return Refuse(Errors.InvalidClient, "The client is not linked to a dealer.");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId);
        if (!isGateway)
        {
            identity.SetClaim(DealerClaims.DealerId, dealer.GetString());
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return SignIn(new ClaimsPrincipal(identity), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private ForbidResult Refuse(string error, string description) => Forbid(
        new Microsoft.AspNetCore.Authentication.AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}
