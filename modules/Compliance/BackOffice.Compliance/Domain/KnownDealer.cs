namespace BackOffice.Compliance.Domain;

/// <summary>A dealer Compliance can name as a complainant or a party to a complaint; copied from Origination's event.</summary>
internal sealed class KnownDealer
{
    private KnownDealer()
    {
    }

    public KnownDealer(Guid dealerId, string name, DateTimeOffset registeredAt)
    {
        DealerId = dealerId;
        Name = name;
        RegisteredAt = registeredAt;
    }

    public Guid DealerId { get; private set; }

    public string Name { get; private set; } = "";

    public DateTimeOffset RegisteredAt { get; private set; }
}
