using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.SendApologyLetter;

/// <summary>
/// Sends the apology a complaint's outcome calls for, to the borrower's address, in Chinese or English by the
/// borrower's time zone. It is not a collection contact, so it needs no clearance; it is kept like every message.
/// Answers false when the loan has no debtor record (nothing is sent).
/// </summary>
internal sealed class SendApologyLetterHandler(CollectionsDbContext db, IMessageGateway gateway) : ICommandHandler<SendApologyLetterCommand, bool>
{
    public async ValueTask<bool> Handle(SendApologyLetterCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.LoanNumber == command.LoanNumber, cancellationToken);
        var debtor = account is null ? null : await db.Debtors.AsNoTracking().FirstOrDefaultAsync(d => d.LoanId == account.LoanId, cancellationToken);
        var address = debtor?.Contacts.FirstOrDefault(c => c.Party == Party.Debtor && c.Kind == ContactPointKind.Address);
        if (debtor is null || address is null)
        {
            return false;
        }

        var chinese = debtor.TimeZone.StartsWith("Asia/", StringComparison.Ordinal);
        var text = MessageTemplates.Render(MessageTemplates.Find(MessageTemplates.Apology), chinese, sms: false, new Dictionary<string, string>
        {
            ["name"] = debtor.Name,
            ["loan"] = command.LoanNumber,
            ["date"] = command.ComplaintReference,
        });
        await gateway.SendAsync(debtor.LoanId, ContactMethod.Letter, address.Value, text, cancellationToken);
        return true;
    }
}
