using System.Security.Cryptography;
using System.Text.Json;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Host.Access;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace BackOffice.Host.PartnerApi;

/// <summary>A client secret, shown to the administrator once and never stored in clear.</summary>
public sealed record IssuedClientSecret(string ClientId, string Secret);

/// <summary>Creates, rotates and revokes the OAuth clients through which a dealer's systems call the API.</summary>
public sealed class DealerApiClients(
    IOpenIddictApplicationManager applications,
    IOpenIddictTokenManager tokens,
    AccessDbContext db,
    IAuditTrail audit,
    TimeProvider clock)
{
    public Task<List<DealerApiClient>> ForDealerAsync(Guid dealerId, CancellationToken cancellationToken) =>
        db.DealerApiClients.AsNoTracking().Where(c => c.DealerId == dealerId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken);

    public async Task<IssuedClientSecret> CreateAsync(
        Guid dealerId, string dealerCode, string actor, CancellationToken cancellationToken, string? clientId = null, string? secret = null)
    {
        clientId ??= $"dealer-{dealerCode.ToLowerInvariant()}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        secret ??= NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = $"Dealer {dealerCode}",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in ApiScopes.Dealer)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[DealerClaims.DealerId] = JsonSerializer.SerializeToElement(dealerId.ToString());
        await applications.CreateAsync(descriptor, cancellationToken);
        db.DealerApiClients.Add(new DealerApiClient(clientId, dealerId, actor, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.ApiClientCreated, actor, $"api-client:{clientId}", $"dealer:{dealerId}"),
            cancellationToken);
        return new IssuedClientSecret(clientId, secret);
    }

    /// <summary>A new secret replaces the old one at once; tokens already issued run to their (short) expiry.</summary>
    public async Task<IssuedClientSecret> RotateSecretAsync(string clientId, string actor, CancellationToken cancellationToken)
    {
        var (client, application) = await FindActiveAsync(clientId, cancellationToken);
        var secret = NewSecret();
        await applications.UpdateAsync(application, secret, cancellationToken);
        client.SecretRotated(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.ApiClientSecretRotated, actor, $"api-client:{clientId}", $"dealer:{client.DealerId}"),
            cancellationToken);
        return new IssuedClientSecret(clientId, secret);
    }

    /// <summary>The client can get no new token, and the tokens it holds stop working with the next call.</summary>
    public async Task RevokeAsync(string clientId, string actor, CancellationToken cancellationToken)
    {
        var (client, application) = await FindActiveAsync(clientId, cancellationToken);
        var applicationId = await applications.GetIdAsync(application, cancellationToken);
        await tokens.RevokeByApplicationIdAsync(applicationId!, cancellationToken);
        await applications.DeleteAsync(application, cancellationToken);
        client.Revoked(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(
            new AuditRecord(StaffAuditActions.ApiClientRevoked, actor, $"api-client:{clientId}", $"dealer:{client.DealerId}"),
            cancellationToken);
    }

    private async Task<(DealerApiClient Client, object Application)> FindActiveAsync(string clientId, CancellationToken cancellationToken)
    {
        var client = await db.DealerApiClients.FirstOrDefaultAsync(c => c.ClientId == clientId && c.RevokedAt == null, cancellationToken);
        var application = await applications.FindByClientIdAsync(clientId, cancellationToken);
        return client is null || application is null
            ? throw new BackOffice.BuildingBlocks.Errors.NotFoundException($"API client {clientId}")
            : (client, application);
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
