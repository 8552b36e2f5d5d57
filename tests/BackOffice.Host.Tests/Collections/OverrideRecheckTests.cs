using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.OverrideClearance;
using BackOffice.Collections.Features.RecordChoice;
using BackOffice.Collections.Features.RequestClearance;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections;

/// <summary>
/// A block stays on the managers' list for a week; an override is weighed against the borrower's word as it is when the
/// manager overrides, not as it was when the guard blocked.
/// </summary>
public sealed class OverrideRecheckTests
{
    [Fact]
    public async Task A_night_block_cannot_be_overridden_once_the_borrower_asked_that_contact_stop()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var managerId = await CollectionsHost.StaffIdAsync(factory, DemoStaff.Manager);
        var phone = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id)
            .SelectMany(d => d.Contacts).Where(c => c.Party == Party.Debtor && c.Kind == ContactPointKind.Phone).Select(c => c.Id)
            .FirstAsync(TestContext.Current.CancellationToken));

        // 15:30 UTC is 23:30 in Shanghai: blocked for the hours only, which a manager may override.
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(15, 30)), TimeSpan.Zero));
        var night = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));
        var tonight = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, phone, ContactMethod.Call, null, null));
        Assert.Equal(["CN.quiet-hours"], night.Refusals.Select(r => r.Rule));

        factory.Clock.SetUtcNow(factory.Clock.GetUtcNow().AddHours(10));
        await SendAsync(factory, new RecordChoiceCommand(loan.Id, collectorId, false, ChoiceKind.CeaseRequest, null, null, null, ChoiceChannel.Letter));

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(
            () => SendAsync(factory, new OverrideClearanceCommand(night.Id, managerId, "The borrower asked to be called late.")));
        Assert.Equal("not-overridable", refused.Code);
        Assert.Contains("cease-request", refused.Message, StringComparison.Ordinal);
        var kept = await CollectionsHost.WithCollectionsAsync(factory, db => db.Clearances.AsNoTracking()
            .SingleAsync(c => c.Id == night.Id, TestContext.Current.CancellationToken));
        Assert.False(kept.Allowed);

        // Withdrawn in the borrower's writing, the same kind of block is a limit again, and a manager may override it.
        var cease = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.AsNoTracking()
            .SingleAsync(d => d.LoanId == loan.Id, TestContext.Current.CancellationToken));
        await SendAsync(factory, new BackOffice.Collections.Features.WithdrawChoice.WithdrawChoiceCommand(
            loan.Id, collectorId, false, cease.Choices.All.Single().Id, ChoiceChannel.Letter));
        Assert.Equal(loan.Id, await SendAsync(factory, new OverrideClearanceCommand(tonight.Id, managerId, "The borrower asked to be called late.")));
    }

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }
}
