using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Domain.Conduct.Screening;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using BackOffice.Compliance.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.IntegrationEvents;

/// <summary>
/// A complaint closed with an apology as its remedy: the letter goes to the borrower's address, in Chinese or English
/// by the borrower's time zone, once. It is not a collection contact, so it needs no clearance; it is kept like every
/// message (the recording gateway writes it in this handler's transaction, with the inbox row).
/// </summary>
internal sealed class SendApologyLetterOnComplaintClosedHandler(
    CollectionsDbContext context, IMessageGateway gateway, IOptions<ScreeningLists> screening, TimeProvider clock)
    : IntegrationEventHandler<ComplaintClosedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(ComplaintClosedIntegrationEvent closed, CancellationToken cancellationToken)
    {
        if (!closed.Apology)
        {
            return;
        }

        var account = await Context.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.LoanNumber == closed.LoanReference, cancellationToken);
        var debtor = account is null ? null : await Context.Debtors.AsNoTracking().FirstOrDefaultAsync(d => d.LoanId == account.LoanId, cancellationToken);
        var address = debtor?.Contacts.FirstOrDefault(c => c.Party == Party.Debtor && c.Kind == ContactPointKind.Address);
        if (debtor is null || address is null)
        {
            return;
        }

        var chinese = debtor.TimeZone.StartsWith("Asia/", StringComparison.Ordinal);
        var text = MessageTemplates.Render(MessageTemplates.Find(MessageTemplates.Apology), chinese, sms: false, new Dictionary<string, string>
        {
            ["name"] = debtor.Name,
            ["loan"] = account!.LoanNumber,
            ["date"] = closed.Reference,
        });
        await gateway.SendAsync(debtor.LoanId, ContactMethod.Letter, address.Value, OutboundScreen.Checked(text, screening.Value), cancellationToken);
    }
}
