namespace BackOffice.Servicing.Domain;

/// <summary>The one row that says which host runs the close of business, and until when.</summary>
internal sealed class RunLease
{
    public const string CloseOfBusiness = "close-of-business";

    private RunLease()
    {
    }

    public RunLease(string name)
    {
        Name = name;
    }

    public string Name { get; private set; } = "";

    public string Holder { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }
}
