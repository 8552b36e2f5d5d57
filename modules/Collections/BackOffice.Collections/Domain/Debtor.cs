using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Collections.Domain.Conduct;

namespace BackOffice.Collections.Domain;

/// <summary>
/// The borrower of a loan as Collections keeps them from the booking: name, time zone, the ways to reach them
/// and the third parties named (each with where it came from), and the choices they made, each with who recorded it,
/// when, how the borrower made it, and how it ended.
/// </summary>
internal sealed class Debtor : IVersioned
{
    private readonly List<ContactPoint> contacts = [];

    private Debtor()
    {
    }

    public Debtor(Guid loanId, string loanNumber, string name, string timeZone, string? region = null)
    {
        LoanId = loanId;
        LoanNumber = loanNumber;
        Name = name;
        TimeZone = timeZone;
        Region = region;
    }

    public Guid LoanId { get; private set; }

    /// <summary>
    /// Changes with every allowed clearance: the limits count contacts across collectors and the care team, so two of
    /// them asking at once for the last allowed contact cannot both pass.
    /// </summary>
    public Guid Version { get; private set; }

    /// <summary>The loan's number, for what Compliance is told about a contact made before the loan fell behind.</summary>
    public string LoanNumber { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string TimeZone { get; private set; } = "Asia/Shanghai";

    /// <summary>The state or province from the booking (US: "MA"), for state rules; null when unknown.</summary>
    public string? Region { get; private set; }

    public DebtorChoices Choices { get; private set; } = new();

    public IReadOnlyList<ContactPoint> Contacts => contacts;

    public ContactPoint AddContact(Party party, string name, string relationship, ContactPointKind kind, string value, ContactOrigin origin)
    {
        var contact = new ContactPoint(Guid.CreateVersion7(), LoanId, party, name, relationship, kind, value, origin);
        contacts.Add(contact);
        return contact;
    }

    /// <summary>The choices change as a whole (the JSON column is replaced, never mutated in place).</summary>
    public void Choose(Func<DebtorChoices, DebtorChoices> change) => Choices = change(Choices);

    /// <summary>When the debt was first communicated to the borrower: a conversation, or a message sent to them.</summary>
    public DateTimeOffset? FirstCommunicationAt { get; private set; }

    /// <summary>US: when the validation notice went out (due within 5 days of the first communication).</summary>
    public DateTimeOffset? ValidationNoticeSentAt { get; private set; }

    public void Communicated(DateTimeOffset at) => FirstCommunicationAt ??= at;

    public void ValidationNoticeSent(DateTimeOffset at) => ValidationNoticeSentAt ??= at;

    /// <summary>Marks a decision that depends on the borrower's contacts (an allowed clearance), so a concurrent one is decided again.</summary>
    public void Touch() => Version = Guid.NewGuid();

    public bool AllDebtorNumbersInvalid =>
        contacts.Where(c => c.Party == Party.Debtor && c.Kind == ContactPointKind.Phone).All(c => c.Invalid);
}
