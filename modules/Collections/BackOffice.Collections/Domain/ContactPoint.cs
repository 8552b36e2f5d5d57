using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>A phone number (E.164) or an address, of the debtor or of a third party (marked as such).</summary>
internal sealed class ContactPoint
{
    private ContactPoint()
    {
    }

    internal ContactPoint(Guid id, Guid loanId, Party party, string name, string relationship, ContactPointKind kind, string value)
    {
        Id = id;
        LoanId = loanId;
        Party = party;
        Name = name;
        Relationship = relationship;
        Kind = kind;
        Value = value;
    }

    public Guid Id { get; private set; }

    public Guid LoanId { get; private set; }

    public Party Party { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>For a third party: reference, employer, relative…</summary>
    public string Relationship { get; private set; } = "";

    public ContactPointKind Kind { get; private set; }

    public string Value { get; private set; } = "";

    public bool Invalid { get; private set; }

    public void MarkInvalid() => Invalid = true;
}
