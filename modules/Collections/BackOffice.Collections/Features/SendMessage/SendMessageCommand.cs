using System.Globalization;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Domain.Conduct.Screening;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.SendMessage;

/// <summary>
/// Sends an SMS or letter from an approved template under a clearance for that method: the clearance is spent,
/// the final text passes the language screen, the message goes through the gateway and is logged as the contact. A
/// clearance asked for a named template sends only that one. The amount it states is Servicing's at this moment (Reg F
/// §1006.18(b)(2); CN: no 夸大债务数额), never Collections' copy; with nothing overdue no collection message goes. The US
/// validation notice states Servicing's itemisation and the last day of the validation period (§1006.34), and goes by
/// SMS only to a borrower who consented to electronic delivery (§1006.42).
/// </summary>
internal sealed record SendMessageCommand(Guid ClearanceId, string CollectorId, string TemplateKey, bool Chinese, DateOnly? Date) : ICommand<Guid>;

internal sealed class SendMessageHandler(
    CollectionsDbContext db, GuardFactsReader reader, IMessageGateway gateway, ISender sender, IOptions<VisitOptions> visits,
    IOptions<ScreeningLists> screening, TimeProvider clock)
    : ICommandHandler<SendMessageCommand, Guid>
{
    /// <summary>Days a message other than the validation notice gives the borrower to answer, unless the collector names a date.</summary>
    private const int DaysToAnswer = 7;

    public async ValueTask<Guid> Handle(SendMessageCommand command, CancellationToken cancellationToken)
    {
        var clearance = await db.Clearances
            .FirstOrDefaultAsync(c => c.Id == command.ClearanceId && c.CollectorId == command.CollectorId, cancellationToken)
            ?? throw new NotFoundException("Clearance");
        if (clearance.Method is not (ContactMethod.Sms or ContactMethod.Letter))
        {
            throw new BusinessRuleException("not-a-message", "Templates are for SMS and letters; this clearance is for another method.");
        }

        if (clearance.TemplateKey is { } named && named != command.TemplateKey)
        {
            throw new BusinessRuleException(
                "clearance-for-another-template", $"This clearance was given for the template {named}; send that one or ask the guard again.");
        }

        var account = await db.Accounts.FirstAsync(a => a.LoanId == clearance.LoanId, cancellationToken);
        var debtor = await db.Debtors.FirstAsync(d => d.LoanId == clearance.LoanId, cancellationToken);
        var template = MessageTemplates.Find(command.TemplateKey);
        var arrears = await reader.ArrearsAsync(clearance.LoanId, cancellationToken);
        // An apology, and the acknowledgement that collection stops, are owed whatever the balance.
        if (arrears.NothingOverdue && template.Key is not (MessageTemplates.Apology or MessageTemplates.CeaseAcknowledgement))
        {
            throw new BusinessRuleException(
                "nothing-overdue", "Servicing shows nothing overdue on this loan right now: there is nothing to collect.");
        }

        var amount = template.Key == MessageTemplates.PromiseConfirmation
            ? await PromisedAmountAsync(clearance.LoanId, cancellationToken)
            : arrears.AmountOverdue;
        var validation = template.Key == MessageTemplates.ValidationNotice;
        if (validation && clearance.Method == ContactMethod.Sms && debtor.Choices.ElectronicDeliveryConsentAt is null)
        {
            // Reg F §1006.42(c)(1): a required disclosure goes electronically only with the consumer's E-SIGN consent.
            throw new BusinessRuleException(
                "US.validation-notice-electronic-delivery",
                "The validation notice goes by SMS only to a borrower who consented to electronic delivery; send it by letter.");
        }

        var now = clock.GetUtcNow();
        clearance.Use(command.CollectorId, now);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(debtor.TimeZone);
        var values = new Dictionary<string, string>
        {
            ["name"] = debtor.Name,
            ["loan"] = account.LoanNumber,
            ["amount"] = Amount(amount),
            ["date"] = Day(command.Date ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(DaysToAnswer)),
        };
        if (validation)
        {
            foreach (var (key, value) in await ValidationNoticeValuesAsync(account.LoanNumber, now, zone, cancellationToken))
            {
                values[key] = value;
            }
        }

        var text = MessageTemplates.Render(template, command.Chinese, clearance.Method == ContactMethod.Sms, values);
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
            if (validation)
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

    /// <summary>
    /// What the validation notice states besides the name and loan (§1006.34(c)): Servicing's itemisation at this moment,
    /// the current amount, and the validation period's last day, counted in the borrower's calendar. The collector's date
    /// is not used: the law sets this one.
    /// </summary>
    private async Task<Dictionary<string, string>> ValidationNoticeValuesAsync(
        string loanNumber, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var itemised = await sender.Send(new ValidationItemisationQuery(loanNumber), cancellationToken)
            ?? throw new NotFoundException("Loan");
        return new()
        {
            ["itemisationDate"] = Day(itemised.ItemisationDate),
            ["owedAtItemisation"] = Amount(itemised.OwedAtItemisation),
            ["interest"] = Amount(itemised.Interest),
            ["fees"] = Amount(itemised.Fees),
            ["payments"] = Amount(itemised.PaymentsAndCredits),
            ["amount"] = Amount(itemised.Current),
            ["date"] = Day(ValidationPeriod.EndsOn(now, zone)),
        };
    }

    private static string Amount(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
