namespace BackOffice.Origination.Domain;

/// <summary>A partner dealer that sends applications through the API.</summary>
internal sealed class Dealer
{
    private Dealer()
    {
    }

    public Dealer(Guid id, string name, string code, string contactEmail, DateTimeOffset registeredAt)
    {
        Id = id;
        Name = name;
        Code = code.ToUpperInvariant();
        ContactEmail = contactEmail;
        RegisteredAt = registeredAt;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The short, unique code dealers and staff quote on the phone.</summary>
    public string Code { get; private set; } = "";

    public string ContactEmail { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }
}
