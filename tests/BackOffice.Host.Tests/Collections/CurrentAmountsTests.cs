using System.Globalization;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Features.RequestClearance;
using BackOffice.Collections.Features.SendMessage;
using BackOffice.Host.Tests.Servicing;
using BackOffice.Servicing.Features.Payments;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections;

/// <summary>
/// Amounts that are always current: what the work page shows and a message states is Servicing's at that moment, a
/// payment that clears the arrears takes the account out of the queue at once, a reversal brings it back, and days
/// past due grow on the page with each close of business.
/// </summary>
public sealed class CurrentAmountsTests
{
    [Fact]
    public async Task A_payment_that_clears_the_arrears_is_refused_a_contact_before_delivery_and_leaves_the_queue_on_delivery()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await AtTenInTheMorningAsync(factory);
        var owed = await CollectionsHost.ArrearsAsync(factory, loan.Id);
        Assert.Equal(5, owed.DaysPastDue);

        await CollectionsHost.PayAsync(factory, loan.LoanNumber, owed.AmountOverdue, Today(factory));

        // Before Collections hears of it, the guard asks Servicing and refuses.
        var refused = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, await PhoneAsync(factory, loan.Id), ContactMethod.Call,
            null, null));
        Assert.Equal("nothing-overdue", Assert.Single(refused.Refusals).Rule);

        await ServicingHost.DeliverEventsAsync(factory);
        var account = await CollectionsHost.AccountAsync(factory, loan.Id);
        Assert.Equal((CollectionAccountStatus.Closed, "paid", null, 0m, 0),
            (account!.Status, account.CloseReason, account.AssignedTo, account.AmountOverdue, account.DaysPastDue));
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var home = await collector.GetPageAsync("/collections");
        Assert.DoesNotContain(home.QuerySelectorAll("#my-accounts a"), a => a.TextContent == loan.LoanNumber);
    }

    [Fact]
    public async Task A_reversal_that_brings_the_arrears_back_reopens_the_account_with_a_collector()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, _) = await AtTenInTheMorningAsync(factory);
        var owed = await CollectionsHost.ArrearsAsync(factory, loan.Id);
        var payment = await CollectionsHost.PayAsync(factory, loan.LoanNumber, owed.AmountOverdue, Today(factory));
        await ServicingHost.DeliverEventsAsync(factory);
        Assert.Equal(CollectionAccountStatus.Closed, (await CollectionsHost.AccountAsync(factory, loan.Id))!.Status);

        await SendAsync(factory, new ReversePaymentCommand(payment, "returned by the bank", "agent"));
        await ServicingHost.DeliverEventsAsync(factory);

        var account = await CollectionsHost.AccountAsync(factory, loan.Id);
        Assert.Equal((CollectionAccountStatus.Open, owed.AmountOverdue, owed.DaysPastDue), (account!.Status, account.AmountOverdue, account.DaysPastDue));
        Assert.NotNull(account.AssignedTo);
    }

    [Fact]
    public async Task The_SMS_states_Servicings_amount_to_the_cent_after_a_partial_payment_not_yet_delivered_to_Collections()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await AtTenInTheMorningAsync(factory);
        await CollectionsHost.PayAsync(factory, loan.LoanNumber, 123.45m, Today(factory));
        var stale = (await CollectionsHost.AccountAsync(factory, loan.Id))!.AmountOverdue;

        var sms = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, await PhoneAsync(factory, loan.Id), ContactMethod.Sms, null,
            null));
        Assert.True(sms.Allowed);
        await SendAsync(factory, new SendMessageCommand(sms.Id, collectorId, "payment-reminder", false, null));
        var owed = await CollectionsHost.ArrearsAsync(factory, loan.Id);

        var text = (await CollectionsHost.WithCollectionsAsync(factory, db =>
            db.SentMessages.SingleAsync(m => m.LoanId == loan.Id, TestContext.Current.CancellationToken))).Text;
        Assert.Equal(stale - 123.45m, owed.AmountOverdue);
        Assert.Contains($"the payment of {owed.AmountOverdue.ToString("N2", CultureInfo.InvariantCulture)} on loan", text, StringComparison.Ordinal);
        Assert.DoesNotContain(stale.ToString("N2", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Days_past_due_on_the_work_page_grow_with_each_close_of_business_and_say_as_of_which_date()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, _) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var firstDue = loan.BookedOn.AddMonths(1);
        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var work = $"/collections/Accounts/Work/{loan.Id}";
        Assert.StartsWith("5 ", (await collector.GetPageAsync(work)).QuerySelector("#days-past-due")!.TextContent, StringComparison.Ordinal);

        await ServicingHost.CloseThroughAsync(factory, firstDue.AddDays(8));
        await ServicingHost.DeliverEventsAsync(factory);

        var page = await collector.GetPageAsync(work);
        var owed = await CollectionsHost.ArrearsAsync(factory, loan.Id);
        Assert.StartsWith("8 ", page.QuerySelector("#days-past-due")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(firstDue.AddDays(8).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), page.QuerySelector("#arrears-as-of")!.TextContent,
            StringComparison.Ordinal);
        Assert.Equal(owed.AmountOverdue.ToString("N2", CultureInfo.InvariantCulture), page.QuerySelector("#overdue")!.TextContent);
        Assert.Equal(owed.AmountOverdue, owed.PrincipalOverdue + owed.InterestOverdue + owed.FeesOverdue);
        // The strategy sees the days too: Collections' copy follows every close, not only a change of bucket.
        Assert.Equal(8, (await CollectionsHost.AccountAsync(factory, loan.Id))!.DaysPastDue);
    }

    /// <summary>A delinquent, assigned loan, five days past due, at 10:00 in Shanghai on the next business day.</summary>
    internal static async Task<(BackOffice.Servicing.Domain.LoanAccount Loan, string CollectorId)> AtTenInTheMorningAsync(BusinessClockFactory factory)
    {
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        return (loan, collectorId);
    }

    internal static DateOnly Today(BusinessClockFactory factory) => DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);

    internal static Task<Guid> PhoneAsync(BusinessClockFactory factory, Guid loanId) =>
        CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loanId).SelectMany(d => d.Contacts)
            .Where(c => c.Kind == ContactPointKind.Phone).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken));

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }
}
