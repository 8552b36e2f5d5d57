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

    public Debtor(Guid loanId, string name, string timeZone)
    {
        LoanId = loanId;
        Name = name;
        TimeZone = timeZone;
    }

    public Guid LoanId { get; private set; }

    public Guid Version { get; private set; }

    public string Name { get; private set; } = "";

    public string TimeZone { get; private set; } = "Asia/Shanghai";

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

    public bool AllDebtorNumbersInvalid =>
        contacts.Where(c => c.Party == Party.Debtor && c.Kind == ContactPointKind.Phone).All(c => c.Invalid);
}
