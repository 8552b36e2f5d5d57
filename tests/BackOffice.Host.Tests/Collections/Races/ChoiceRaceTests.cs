using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Features.RecordChoice;
using BackOffice.Collections.Features.SendVerification;
using BackOffice.Collections.Features.WithdrawChoice;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections.Races;

/// <summary>
/// The borrower's choices under a busy office: a withdrawal and a verification letter each happen once however many
/// staff press at the same moment; the others are told the choice has ended, never an exception of the machinery.
/// </summary>
public sealed class ChoiceRaceTests
{
    private const int Twenty = 20;

    [Fact]
    public async Task Twenty_withdrawals_of_one_choice_at_once_withdraw_it_once_and_refuse_the_rest()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        await SendAsync(factory, new RecordChoiceCommand(loan.Id, collectorId, false, ChoiceKind.CeaseRequest, null, null, null, ChoiceChannel.Letter));
        var cease = (await ChoicesAsync(factory, loan.Id)).Single();

        var withdrawals = await AtOnce.SendAsync(
            factory.Services, Twenty, _ => new WithdrawChoiceCommand(loan.Id, collectorId, false, cease.Id, ChoiceChannel.Letter));

        Assert.Single(withdrawals, w => w.Succeeded);
        Assert.All(withdrawals.Where(w => !w.Succeeded), w => Assert.Equal("choice-ended", w.RefusalCode));
        var after = Assert.Single(await ChoicesAsync(factory, loan.Id));
        Assert.NotNull(after.Withdrawn);
        Assert.False(after.Binding);
    }

    [Fact]
    public async Task Twenty_verification_letters_at_once_send_one_letter_and_refuse_the_rest()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        await SendAsync(factory, new RecordChoiceCommand(loan.Id, collectorId, false, ChoiceKind.Dispute, null, null, null, ChoiceChannel.Phone));

        var letters = await AtOnce.SendAsync(factory.Services, Twenty, _ => new SendVerificationCommand(loan.Id, collectorId, false, true));

        Assert.Single(letters, l => l.Succeeded);
        Assert.All(letters.Where(l => !l.Succeeded), l => Assert.Equal("no-open-dispute", l.RefusalCode));
        Assert.Equal(1, await CollectionsHost.WithCollectionsAsync(factory, db => db.SentMessages
            .CountAsync(m => m.LoanId == loan.Id && m.Method == ContactMethod.Letter, TestContext.Current.CancellationToken)));
        Assert.NotNull(Assert.Single(await ChoicesAsync(factory, loan.Id)).Verified);
    }

    private static async Task<IReadOnlyList<RecordedChoice>> ChoicesAsync(BusinessClockFactory factory, Guid loanId) =>
        await CollectionsHost.WithCollectionsAsync(factory, async db =>
            (await db.Debtors.AsNoTracking().SingleAsync(d => d.LoanId == loanId, TestContext.Current.CancellationToken)).Choices.All);

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }
}
