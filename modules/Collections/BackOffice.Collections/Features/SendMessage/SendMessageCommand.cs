using System.Globalization;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Domain.Conduct.Screening;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.SendMessage;

/// <summary>
/// Sends an SMS or letter from an approved template under a clearance for that method: the clearance is spent,
/// the final text passes the language screen, the message goes through the gateway and is logged as the contact. The
/// amount it states is Servicing's at this moment (Reg F §1006.18(b)(2); CN: no 夸大债务数额), never Collections' copy;
/// with nothing overdue no collection message goes.
/// </summary>
internal sealed record SendMessageCommand(Guid ClearanceId, string CollectorId, string TemplateKey, bool Chinese, DateOnly? Date) : ICommand<Guid>;

internal sealed class SendMessageHandler(
    CollectionsDbContext db, GuardFactsReader reader, IMessageGateway gateway, IOptions<VisitOptions> visits, IOptions<ScreeningLists> screening,
    TimeProvider clock)
    : ICommandHandler<SendMessageCommand, Guid>
{
    public async ValueTask<Guid> Handle(SendMessageCommand command, CancellationToken cancellationToken)
    {
        var clearance = await db.Clearances
            .FirstOrDefaultAsync(c => c.Id == command.ClearanceId && c.CollectorId == command.CollectorId, cancellationToken)
            ?? throw new NotFoundException("Clearance");
        if (clearance.Method is not (ContactMethod.Sms or ContactMethod.Letter))
        {
            throw new BusinessRuleException("not-a-message", "Templates are for SMS and letters; this clearance is for another method.");
        }

        var account = await db.Accounts.FirstAsync(a => a.LoanId == clearance.LoanId, cancellationToken);
        var debtor = await db.Debtors.FirstAsync(d => d.LoanId == clearance.LoanId, cancellationToken);
        var template = MessageTemplates.Find(command.TemplateKey);
        var arrears = await reader.ArrearsAsync(clearance.LoanId, cancellationToken);
        if (arrears.NothingOverdue && template.Key != MessageTemplates.Apology)
        {
            throw new BusinessRuleException(
                "nothing-overdue", "Servicing shows nothing overdue on this loan right now: there is nothing to collect.");
        }

        var amount = template.Key == MessageTemplates.PromiseConfirmation
            ? await PromisedAmountAsync(clearance.LoanId, cancellationToken)
            : arrears.AmountOverdue;
        var now = clock.GetUtcNow();
        clearance.Use(command.CollectorId, now);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(debtor.TimeZone);
        var daysToAnswer = template.Key == MessageTemplates.ValidationNotice ? MessageTemplates.ValidationPeriodDays : 7;
        var text = MessageTemplates.Render(template, command.Chinese, clearance.Method == ContactMethod.Sms, new Dictionary<string, string>
        {
            ["name"] = debtor.Name,
            ["loan"] = account.LoanNumber,
            ["amount"] = amount.ToString("N2", CultureInfo.InvariantCulture),
            ["date"] = (command.Date ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(daysToAnswer))
                .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        await gateway.SendAsync(
            clearance.LoanId, clearance.Method, clearance.Destination, OutboundScreen.Checked(text, screening.Value), cancellationToken);
        if (template.Key == MessageTemplates.NoticeOfIntent && clearance.Method == ContactMethod.Letter
            && await db.Visits.FirstOrDefaultAsync(v => v.LoanId == clearance.LoanId && v.Status == VisitStatus.Approved, cancellationToken)
                is { } visit)
        {
            // The visit may start once the waiting period after the notice has run, in the borrower's calendar.
            visit.NoticeSent(now, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime).AddDays(visits.Value.NoticeDays));
        }

        if (clearance.Party == Party.Debtor)
        {
            debtor.Communicated(now);
            if (template.Key == MessageTemplates.ValidationNotice)
            {
                debtor.ValidationNoticeSent(now);
            }
        }

        var attempt = new ContactAttempt(clearance, now, ContactOutcome.MessageSent, $"template {template.Key}", consented: false, zone);
        db.Attempts.Add(attempt);
        db.Publish(new ContactAttemptLoggedIntegrationEvent(
            attempt.Id, attempt.LoanId, attempt.CollectorId, attempt.Method, "message-sent", now) { OccurredAt = now });
        return attempt.Id;
    }

    /// <summary>A promise confirmation states what the borrower promised, not what is overdue.</summary>
    private async Task<decimal> PromisedAmountAsync(Guid loanId, CancellationToken cancellationToken) =>
        await db.Promises.Where(p => p.LoanId == loanId).OrderByDescending(p => p.MadeAt).Select(p => (decimal?)p.Amount)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw new BusinessRuleException("no-promise", "No promise to pay has been recorded on this loan to confirm.");
}
