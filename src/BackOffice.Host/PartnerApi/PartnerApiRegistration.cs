using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.IdentityModel.Tokens;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Host.Access;
using OpenIddict.Abstractions;
using OpenIddict.Validation.AspNetCore;

namespace BackOffice.Host.PartnerApi;

public enum TokenKeySource
{
    /// <summary>OpenIddict's development certificates in the user's certificate store; local runs only.</summary>
    Development,

    /// <summary>Fresh keys each start; tokens die with the process. Tests.</summary>
    Ephemeral,

    /// <summary>PFX files from configuration; production, shared by every host.</summary>
    Certificates,
}

public sealed class PartnerApiOptions
{
    public const string SectionName = "PartnerApi";

    public TokenKeySource Keys { get; set; } = TokenKeySource.Certificates;

    public string? SigningCertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>
    /// The 256-bit key (base64) that encrypts access tokens, shared by every host. Symmetric on purpose: the
    /// API decrypts a token on every call, and AES key wrap costs microseconds where RSA-OAEP costs a millisecond.
    /// </summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Plain http for the token endpoint: local runs and tests only.</summary>
    public bool AllowHttp { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
}

public static class PartnerApiRegistration
{
    public static IHostApplicationBuilder AddPartnerApi(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PartnerApiOptions.SectionName).Get<PartnerApiOptions>() ?? new();

        builder.Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AccessDbContext>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris("connect/token");
                server.AllowClientCredentialsFlow();
                server.RegisterScopes([.. ApiScopes.All]);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime);
                AddKeys(server, options);
                var aspNetCore = server.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (options.AllowHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
                // Every token is checked against its stored entry, so revoking a client revokes its tokens at once.
                validation.EnableTokenEntryValidation();
            });

        builder.Services.AddAuthorization(authorization =>
        {
            foreach (var scope in ApiScopes.All)
            {
                authorization.AddPolicy(scope, policy =>
                {
                    policy.AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                        .RequireAuthenticatedUser()
                        .RequireAssertion(context => context.User.HasScope(scope));
                    if (ApiScopes.Dealer.Contains(scope))
                    {
                        policy.RequireClaim(DealerClaims.DealerId);
                    }
                });
            }
        });

        builder.Services.AddOpenApi(openApi => openApi.ShouldInclude = description =>
            description.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true);
        builder.Services.AddScoped<DealerApiClients>();
        builder.Services.AddScoped<PaymentGatewayClients>();
        return builder;
    }

    private static SymmetricSecurityKey EncryptionKey(string base64)
    {
        var key = Convert.FromBase64String(base64);
        return key.Length == 32
            ? new SymmetricSecurityKey(key)
            : throw new InvalidOperationException("PartnerApi:EncryptionKey must be 32 bytes, base64-encoded.");
    }

    private static void AddKeys(OpenIddictServerBuilder server, PartnerApiOptions options)
    {
        switch (options.Keys)
        {
            case TokenKeySource.Development:
                server.AddDevelopmentSigningCertificate();
                server.AddEncryptionKey(EncryptionKey(
                    options.EncryptionKey ?? throw new InvalidOperationException("PartnerApi:EncryptionKey is required.")));
                break;
            case TokenKeySource.Ephemeral:
                server.AddEphemeralSigningKey();
                server.AddEncryptionKey(new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)));
                break;
            default:
                if (options.SigningCertificatePath is null || options.EncryptionKey is null)
                {
                    throw new InvalidOperationException(
                        "PartnerApi:SigningCertificatePath and PartnerApi:EncryptionKey are required outside Development (or set PartnerApi:Keys).");
                }

                server.AddSigningCertificate(X509CertificateLoader.LoadPkcs12FromFile(options.SigningCertificatePath, options.CertificatePassword));
                server.AddEncryptionKey(EncryptionKey(options.EncryptionKey));
                break;
        }
    }
}
