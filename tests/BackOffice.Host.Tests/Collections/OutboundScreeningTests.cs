using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Features.RequestClearance;
using BackOffice.Collections.Features.SendMessage;
using BackOffice.Host.Tests.Servicing;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections;

/// <summary>The language screen runs on the final text of a message to the borrower, not only on collectors' notes.</summary>
public sealed class OutboundScreeningTests
{
    [Fact]
    public async Task A_message_whose_final_text_is_flagged_is_refused_and_nothing_is_sent_while_the_template_itself_goes()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var phone = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id).SelectMany(d => d.Contacts)
            .FirstAsync(c => c.Kind == ContactPointKind.Phone, TestContext.Current.CancellationToken));
        var realName = await RenameDebtorAsync(factory, loan.Id, "Deadbeat Scum");

        var first = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone.Id, ContactMethod.Sms, null, null));
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            SendAsync(factory, new SendMessageCommand(first.Id, collectorId, "payment-reminder", false, null)));

        Assert.Equal("message-flagged", refused.Code);
        Assert.Contains("insult (Deadbeat)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await SentCountAsync(factory, loan.Id));

        await RenameDebtorAsync(factory, loan.Id, realName);
        await SendAsync(factory, new SendMessageCommand(first.Id, collectorId, "payment-reminder", false, null));
        Assert.Equal(1, await SentCountAsync(factory, loan.Id));
    }

    private static Task<int> SentCountAsync(BusinessClockFactory factory, Guid loanId) =>
        CollectionsHost.WithCollectionsAsync(factory, db => db.SentMessages.CountAsync(m => m.LoanId == loanId, TestContext.Current.CancellationToken));

    /// <summary>The borrower's name is the free text a template is filled in with; it comes from the application.</summary>
    private static Task<string> RenameDebtorAsync(BusinessClockFactory factory, Guid loanId, string name) =>
        CollectionsHost.WithCollectionsAsync(factory, async db =>
        {
            var debtor = await db.Debtors.FirstAsync(d => d.LoanId == loanId, TestContext.Current.CancellationToken);
            var before = debtor.Name;
            db.Entry(debtor).Property(d => d.Name).CurrentValue = name;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return before;
        });

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }
}
