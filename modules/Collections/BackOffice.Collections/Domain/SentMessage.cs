using BackOffice.Collections.Contracts;

namespace BackOffice.Collections.Domain;

/// <summary>A message the recording gateway kept.</summary>
internal sealed class SentMessage
{
    private SentMessage()
    {
    }

    public SentMessage(Guid loanId, ContactMethod method, string destination, string text, DateTimeOffset sentAt)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        Method = method;
        Destination = destination;
        Text = text;
        SentAt = sentAt;
    }

    public Guid Id { get; private set; }

    public Guid LoanId { get; private set; }

    public ContactMethod Method { get; private set; }

    public string Destination { get; private set; } = "";

    public string Text { get; private set; } = "";

    public DateTimeOffset SentAt { get; private set; }
}
