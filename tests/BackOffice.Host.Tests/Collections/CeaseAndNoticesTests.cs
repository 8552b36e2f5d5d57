using System.Globalization;
using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.LogContact;
using BackOffice.Collections.Features.RecordChoice;
using BackOffice.Collections.Features.RequestClearance;
using BackOffice.Collections.Features.SendMessage;
using BackOffice.Host.Tests.Servicing;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Features.Payments;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections;

/// <summary>
/// Cease and required notices on the real host: after a cease request only a letter with a notice the law allows goes;
/// the US validation notice states Servicing's itemisation and its dispute deadline in the borrower's calendar, and goes by
/// SMS only with the borrower's consent to electronic delivery; the CN first conversation records the collector's
/// identification.
/// </summary>
public sealed class CeaseAndNoticesTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task US_validation_notice_states_Servicings_itemisation_and_the_dispute_deadline_in_the_borrowers_calendar()
    {
        await using var factory = new BusinessClockFactory(new Dictionary<string, string?> { ["PolicyPack"] = "US" });
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        await CollectionsHost.CertifyAsync(factory, collectorId, factory.Clock.GetUtcNow(), "CONDUCT-US");

        // 17:00 UTC on Thursday 7 January 2027 is 01:00 on Friday 8 January in Shanghai: receipt is assumed on Friday 15
        // (the UTC date would give Thursday 14), and the period ends 30 days later, on 14 February.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 7, 17, 0, 0, TimeSpan.Zero));
        await SendAsync(factory, new PostPaymentCommand(
            loan.LoanNumber, "PAY-VN-1", 100m, loan.BookedOn.AddMonths(1).AddDays(2), PaymentChannel.Agent, "agent"));
        var (_, address) = await ContactsAsync(factory, loan.Id);
        Assert.Equal("Asia/Shanghai", await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.Debtors.Where(d => d.LoanId == loan.Id).Select(d => d.TimeZone).SingleAsync(Cancel)));
        var letter = await SendAsync(factory, new RequestClearanceCommand(
            loan.Id, collectorId, address, ContactMethod.Letter, null, null, MessageTemplates.ValidationNotice));
        await SendAsync(factory, new SendMessageCommand(letter.Id, collectorId, MessageTemplates.ValidationNotice, false, new DateOnly(2030, 1, 1)));

        var sent = await CollectionsHost.WithCollectionsAsync(factory, db => db.SentMessages.SingleAsync(m => m.LoanId == loan.Id, Cancel));
        var itemised = (await SendAsync(factory, new ValidationItemisationQuery(loan.LoanNumber)))!;
        var payoff = await ServicingHost.WithServicingAsync(factory, async db =>
        {
            var whole = await db.WholeLoans.AsNoTracking().SingleAsync(l => l.Id == loan.Id, Cancel);
            return whole.QuotePayoff(whole.AsOf).Total;
        });
        Assert.Equal(payoff, itemised.Current);
        Assert.Equal(itemised.Current, itemised.OwedAtItemisation + itemised.Interest + itemised.Fees - itemised.PaymentsAndCredits);
        Assert.Equal((loan.BookedOn, loan.AmountFinanced, 100m), (itemised.ItemisationDate, itemised.OwedAtItemisation, itemised.PaymentsAndCredits));
        Assert.True(itemised.Interest > 0m);
        Assert.Contains(
            $"As of {loan.BookedOn:yyyy-MM-dd} you owed {Amount(loan.AmountFinanced)}. Between then and today you were charged "
            + $"{Amount(itemised.Interest)} in interest and {Amount(itemised.Fees)} in fees, and you paid or were credited {Amount(100m)}. "
            + $"Total amount of the debt now: {Amount(payoff)}.",
            sent.Text, StringComparison.Ordinal);
        Assert.Contains("by 2027-02-14;", sent.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2030-01-01", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cease_then_only_a_letter_with_a_permitted_notice_goes_and_only_the_template_the_clearance_names()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        await CollectionsHost.CertifyAsync(factory, collectorId, factory.Clock.GetUtcNow(), "CONDUCT-US");
        var (phone, address) = await ContactsAsync(factory, loan.Id);
        await SendAsync(factory, new RecordChoiceCommand(loan.Id, collectorId, false, ChoiceKind.CeaseRequest, null, null, null, ChoiceChannel.Letter));
        factory.Clock.Advance(TimeSpan.FromMinutes(1));

        var reminder = await SendAsync(factory, new RequestClearanceCommand(
            loan.Id, collectorId, address, ContactMethod.Letter, null, null, "payment-reminder"));
        var unnamed = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, address, ContactMethod.Letter, null, null));
        var call = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));
        var sms = await SendAsync(factory, new RequestClearanceCommand(
            loan.Id, collectorId, phone, ContactMethod.Sms, null, null, MessageTemplates.CeaseAcknowledgement));
        Assert.All([reminder, unnamed, call, sms], answer => Assert.Contains(answer.Refusals, r => r.Rule == "cease-request"));

        var acknowledgement = await SendAsync(factory, new RequestClearanceCommand(
            loan.Id, collectorId, address, ContactMethod.Letter, null, null, MessageTemplates.CeaseAcknowledgement));
        Assert.True(acknowledgement.Allowed);
        var other = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            SendAsync(factory, new SendMessageCommand(acknowledgement.Id, collectorId, "payment-reminder", true, null)));
        Assert.Equal("clearance-for-another-template", other.Code);
        await SendAsync(factory, new SendMessageCommand(acknowledgement.Id, collectorId, MessageTemplates.CeaseAcknowledgement, true, null));

        var sent = await CollectionsHost.WithCollectionsAsync(factory, db => db.SentMessages.SingleAsync(m => m.LoanId == loan.Id, Cancel));
        Assert.Equal(ContactMethod.Letter, sent.Method);
        Assert.StartsWith($"{loan.Borrower.FullName}您好，按照您的要求，我们已停止就贷款 {loan.LoanNumber} 向您催收", sent.Text, StringComparison.Ordinal);

        var sale = await SendAsync(factory, new RequestClearanceCommand(
            loan.Id, collectorId, address, ContactMethod.Letter, null, null, MessageTemplates.NoticeOfSale));
        Assert.True(sale.Allowed);
    }

    [Fact]
    public async Task US_validation_notice_by_SMS_is_refused_without_electronic_delivery_consent_and_sent_with_it()
    {
        await using var factory = new BusinessClockFactory(new Dictionary<string, string?> { ["PolicyPack"] = "US" });
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var (phone, _) = await ContactsAsync(factory, loan.Id);

        // 02:00 UTC is 10:00 for the borrower in Shanghai.
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 7, 2, 0, 0, TimeSpan.Zero));
        var sms = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Sms, null, null));
        Assert.True(sms.Allowed);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            SendAsync(factory, new SendMessageCommand(sms.Id, collectorId, MessageTemplates.ValidationNotice, false, null)));
        Assert.Equal("US.validation-notice-electronic-delivery", refused.Code);
        Assert.False(await CollectionsHost.WithCollectionsAsync(factory, db => db.SentMessages.AnyAsync(m => m.LoanId == loan.Id, Cancel)));

        await SendAsync(factory, new RecordChoiceCommand(loan.Id, collectorId, false, ChoiceKind.ElectronicDeliveryConsent, null, null, null, ChoiceChannel.Email));
        await SendAsync(factory, new SendMessageCommand(sms.Id, collectorId, MessageTemplates.ValidationNotice, false, null));

        var sent = await CollectionsHost.WithCollectionsAsync(factory, db => db.SentMessages.SingleAsync(m => m.LoanId == loan.Id, Cancel));
        Assert.Equal(ContactMethod.Sms, sent.Method);
        Assert.EndsWith("Reply STOP to opt out of SMS.", sent.Text, StringComparison.Ordinal);
        Assert.NotNull(await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.Debtors.Where(d => d.LoanId == loan.Id).Select(d => d.ValidationNoticeSentAt).SingleAsync(Cancel)));
    }

    [Fact]
    public async Task CN_first_conversation_is_logged_only_when_the_collector_identified_the_company_and_themself()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var (phone, _) = await ContactsAsync(factory, loan.Id);
        factory.Clock.SetUtcNow(new DateTimeOffset(2027, 1, 7, 2, 0, 0, TimeSpan.Zero));
        var first = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));

        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var page = await collector.GetPageAsync($"/collections/Accounts/Work/{loan.Id}?clearance={first.Id}");
        Assert.NotNull(page.QuerySelector("#log-form input#IdentifiedCompanyAndSelf[type=checkbox]"));

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(factory, new LogContactCommand(
            first.Id, collectorId, ContactOutcome.RightParty, "Explained the arrears.", false, null, null)));
        Assert.Contains(nameof(LogContactCommand.IdentifiedCompanyAndSelf), refused.Errors.Keys);
        await SendAsync(factory, new LogContactCommand(
            first.Id, collectorId, ContactOutcome.RightParty, "Explained the arrears.", false, null, null, IdentifiedCompanyAndSelf: true));

        factory.Clock.Advance(TimeSpan.FromHours(1));
        var second = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));
        await SendAsync(factory, new LogContactCommand(second.Id, collectorId, ContactOutcome.RightParty, "Agreed a plan to call back.", false, null, null));

        var attempts = await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.Attempts.Where(a => a.LoanId == loan.Id).OrderBy(a => a.At).Select(a => a.IdentifiedCompanyAndSelf).ToListAsync(Cancel));
        Assert.Equal([true, false], attempts);
    }

    private static string Amount(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);

    private static async Task<(Guid Phone, Guid Address)> ContactsAsync(BusinessClockFactory factory, Guid loanId)
    {
        var contacts = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loanId)
            .SelectMany(d => d.Contacts).Where(c => c.Party == Party.Debtor).ToListAsync(Cancel));
        return (contacts.First(c => c.Kind == ContactPointKind.Phone).Id, contacts.First(c => c.Kind == ContactPointKind.Address).Id);
    }

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, IQuery<T> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, Cancel);
    }

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, Cancel);
    }
}
