using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;

namespace BackOffice.Collections.Features.Shared;

/// <summary>
/// The default gateway (a fake at the edge, listed in the README): it sends nothing and records each message,
/// which the work page and the tests read back.
/// </summary>
internal sealed class RecordingMessageGateway(CollectionsDbContext db, TimeProvider clock) : IMessageGateway
{
    public Task SendAsync(Guid loanId, ContactMethod method, string destination, string text, CancellationToken cancellationToken)
    {
        db.SentMessages.Add(new SentMessage(loanId, method, destination, text, clock.GetUtcNow()));
        return Task.CompletedTask;
    }
}
