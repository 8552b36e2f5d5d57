using BackOffice.Collections.Contracts;

namespace BackOffice.Collections.Features.Shared;

/// <summary>The edge to the SMS provider and the letter printer. An installation plugs its providers in here.</summary>
internal interface IMessageGateway
{
    Task SendAsync(Guid loanId, ContactMethod method, string destination, string text, CancellationToken cancellationToken);
}
