using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;

namespace BackOffice.Collections.Features.Shared;

/// <summary>The edge to the SMS provider and the letter printer. An installation plugs its providers in here.</summary>
public interface IMessageGateway
{
    Task SendAsync(Guid loanId, ContactMethod method, string destination, string text, CancellationToken cancellationToken);
}

/// <summary>
/// The default gateway (a fake at the edge, listed in the README): it sends nothing and records each message,
/// which the work page and the tests read back.
/// </summary>
public sealed class RecordingMessageGateway(CollectionsDbContext db, TimeProvider clock) : IMessageGateway
{
    public Task SendAsync(Guid loanId, ContactMethod method, string destination, string text, CancellationToken cancellationToken)
    {
        db.SentMessages.Add(new SentMessage(loanId, method, destination, text, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}

/// <summary>A message the recording gateway kept.</summary>
public sealed class SentMessage
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
