namespace BackOffice.Origination.Domain.Applications;

/// <summary>
/// The first answer to a dealer's submission under an Idempotency-Key, stored in the same transaction as the
/// application, so a retry gets exactly that answer and never a second application.
/// </summary>
internal sealed class IdempotentSubmission
{
    private IdempotentSubmission()
    {
    }

    public IdempotentSubmission(Guid dealerId, string key, string requestHash, Guid applicationId, string response, DateTimeOffset at)
    {
        DealerId = dealerId;
        Key = key;
        RequestHash = requestHash;
        ApplicationId = applicationId;
        Response = response;
        CreatedAt = at;
    }

    public Guid DealerId { get; private set; }

    public string Key { get; private set; } = "";

    /// <summary>SHA-256 of the request body: the same key with another body is a client error, not a retry.</summary>
    public string RequestHash { get; private set; } = "";

    public Guid ApplicationId { get; private set; }

    public string Response { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }
}
