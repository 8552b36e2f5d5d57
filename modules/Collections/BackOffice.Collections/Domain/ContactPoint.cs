using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>
/// A phone number (E.164) or an address, of the debtor or of a third party (marked as such), with where it came from
/// and whether its person agreed to be contacted: a number without a lawful source is not cleared.
/// </summary>
internal sealed class ContactPoint
{
    private ContactPoint()
    {
    }

    internal ContactPoint(Guid id, Guid loanId, Party party, string name, string relationship, ContactPointKind kind, string value,
        ContactOrigin origin)
    {
        Id = id;
        LoanId = loanId;
        Party = party;
        Name = name;
        Relationship = relationship;
        Kind = kind;
        Value = value;
        Source = origin.Source;
        SourceSearch = origin.Search;
        SourceFoundBy = origin.FoundBy;
        ConsentedAt = origin.ConsentedAt;
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

    public ContactSource Source { get; private set; }

    /// <summary>For a number found by search: which search.</summary>
    public string? SourceSearch { get; private set; }

    /// <summary>For a number found by search: the member of staff who ran it.</summary>
    public string? SourceFoundBy { get; private set; }

    /// <summary>When the person agreed to be contacted, if they did.</summary>
    public DateTimeOffset? ConsentedAt { get; private set; }

    public ContactOrigin Origin => new(Source, SourceSearch, SourceFoundBy, ConsentedAt);

    public void MarkInvalid() => Invalid = true;
}
