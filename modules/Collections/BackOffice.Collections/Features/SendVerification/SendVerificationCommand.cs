using System.Globalization;
using BackOffice.BuildingBlocks.Auditing;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Domain.Conduct.Screening;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.SendVerification;

/// <summary>
/// Answers the borrower's open dispute with the verification letter (the "dispute-verification" template, by letter
/// to the borrower's address) and records who sent it and when: the dispute is resolved and the guard lets collection
/// go ahead. It is not a collection contact, so it asks for no clearance — the letter is what the dispute and a cease
/// request wait for — and it goes only while a dispute is open: a second one at once finds the dispute answered and is
/// refused, so one letter goes.
/// </summary>
internal sealed record SendVerificationCommand(Guid LoanId, string StaffId, bool Manager, bool Chinese) : ICommand<Guid>;

internal sealed class SendVerificationHandler(
    CollectionsDbContext db, GuardFactsReader reader, IMessageGateway gateway, IOptions<ScreeningLists> screening, TimeProvider clock)
    : ICommandHandler<SendVerificationCommand, Guid>
{
    public async ValueTask<Guid> Handle(SendVerificationCommand command, CancellationToken cancellationToken)
    {
        var (account, debtor) = await reader.AccountOfAsync(command.LoanId, command.StaffId, command.Manager, cancellationToken);
        var dispute = debtor.Choices.OpenDispute
            ?? throw new BusinessRuleException("no-open-dispute", "There is no open dispute to verify.");
        var address = debtor.Contacts.FirstOrDefault(c => c is { Party: Party.Debtor, Kind: ContactPointKind.Address, Invalid: false })
            ?? throw new BusinessRuleException("no-address", "The borrower has no address on record to send the verification to.");
        var now = clock.GetUtcNow();
        var borrowersDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(debtor.TimeZone)).DateTime);
        var text = MessageTemplates.Render(MessageTemplates.DisputeVerification, command.Chinese, sms: false, new Dictionary<string, string>
        {
            ["name"] = debtor.Name,
            ["loan"] = account.LoanNumber,
            ["amount"] = (await reader.ArrearsAsync(account.LoanId, cancellationToken)).AmountOverdue.ToString("N2", CultureInfo.InvariantCulture),
            ["date"] = borrowersDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        await gateway.SendAsync(
            account.LoanId, ContactMethod.Letter, address.Value, OutboundScreen.Checked(text, screening.Value), cancellationToken);
        debtor.Choose(choices => choices.Verify(new DisputeVerification(now, command.StaffId)));
        db.Audit(
            new AuditRecord(
                CollectionsAuditActions.DisputeVerified, command.StaffId, $"loan:{account.LoanNumber}",
                $"dispute of {dispute.Made.At:yyyy-MM-dd} answered by letter"),
            now);
        return dispute.Id;
    }
}
