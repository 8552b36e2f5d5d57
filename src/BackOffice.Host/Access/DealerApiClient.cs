namespace BackOffice.Host.Access;

/// <summary>
/// Which dealer an OAuth client speaks for, and its history. The OpenIddict application holds the secret;
/// this row survives revocation so the record of who had access stays.
/// </summary>
public sealed class DealerApiClient
{
    private DealerApiClient()
    {
    }

    public DealerApiClient(string clientId, Guid dealerId, string createdBy, DateTimeOffset createdAt)
    {
        ClientId = clientId;
        DealerId = dealerId;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public string ClientId { get; private set; } = "";

    public Guid DealerId { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SecretRotatedAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public bool IsActive => RevokedAt is null;

    public void SecretRotated(DateTimeOffset at) => SecretRotatedAt = at;

    public void Revoked(DateTimeOffset at) => RevokedAt = at;
}
