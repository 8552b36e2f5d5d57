using System.Text.Json;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Web;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

using BackOffice.Host.Access;

namespace BackOffice.Host.PartnerApi;

/// <summary>The payment gateway's OAuth client (section "PaymentGateway"); created at start-up when both values are set.</summary>
public sealed class PaymentGatewayOptions
{
    public const string SectionName = "PaymentGateway";

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }
}

/// <summary>
/// The client a payment gateway uses to post payments: it may ask for <see cref="ApiScopes.PaymentsWrite"/> and
/// nothing else, and its tokens carry no dealer.
/// </summary>
public sealed class PaymentGatewayClients(IOpenIddictApplicationManager applications, IAuditTrail audit)
{
    /// <summary>The application property that marks a gateway client; the token endpoint reads it.</summary>
    public const string Marker = "payment_gateway";

    public async Task EnsureAsync(PaymentGatewayOptions options, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.ClientId) || string.IsNullOrEmpty(options.ClientSecret)
            || await applications.FindByClientIdAsync(options.ClientId, cancellationToken) is not null)
        {
            return;
        }

        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = options.ClientId,
            ClientSecret = options.ClientSecret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "Payment gateway",
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + ApiScopes.PaymentsWrite,
            },
        };
        descriptor.Properties[Marker] = JsonSerializer.SerializeToElement(true);
        await applications.CreateAsync(descriptor, cancellationToken);
        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.ApiClientCreated, actor, $"api-client:{options.ClientId}", "payment gateway"),
            cancellationToken);
    }
}
