using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.AddThirdParty;
using BackOffice.Collections.Features.LogContact;
using BackOffice.Collections.Features.RequestClearance;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests.Collections;

/// <summary>The third-party limits through the real clearance flow: stored history, E.164 numbers, the CN pack's defaults.</summary>
public sealed class ThirdPartyLimitTests
{
    [Fact]
    public async Task Third_party_at_its_daily_cap_is_refused_a_clearance_for_the_person_and_for_the_number()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, collectorId) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        factory.Clock.SetUtcNow(new DateTimeOffset(loan.BookedOn.AddMonths(1).AddDays(6).ToDateTime(new TimeOnly(2, 0)), TimeSpan.Zero));
        var mother = await SendAsync(factory, new AddThirdPartyCommand(loan.Id, collectorId, false, "Wang Fang", "relative", "139 0000 1111", ContactSource.GivenByBorrower));
        var sameNumber = await SendAsync(factory, new AddThirdPartyCommand(loan.Id, collectorId, false, "Wang Lei", "relative", "+8613900001111", ContactSource.GivenByBorrower));
        var phone = await CollectionsHost.WithCollectionsAsync(factory, db => db.Debtors.Where(d => d.LoanId == loan.Id).SelectMany(d => d.Contacts)
            .Where(c => c.Party == Party.Debtor && c.Kind == ContactPointKind.Phone).Select(c => c.Id).FirstAsync(TestContext.Current.CancellationToken));
        for (var dial = 0; dial < 3; dial++)
        {
            await CallAsync(factory, loan.Id, collectorId, phone, ContactOutcome.NoAnswer);
        }

        await CallAsync(factory, loan.Id, collectorId, mother, ContactOutcome.NoAnswer);
        var again = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, mother, ContactMethod.Call, null, null));
        var otherPerson = await SendAsync(factory, new RequestClearanceCommand(loan.Id, collectorId, sameNumber, ContactMethod.Sms, null, null));

        Assert.False(again.Allowed);
        Assert.Contains(again.Refusals, r => r.Rule == "CN.third-party-per-person-per-day");
        Assert.False(otherPerson.Allowed);
        Assert.Equal(["CN.third-party-per-number-per-day"], otherPerson.Refusals.Select(r => r.Rule));
    }

    private static async Task CallAsync(BusinessClockFactory factory, Guid loanId, string collectorId, Guid contactPoint, ContactOutcome outcome)
    {
        var cleared = await SendAsync(factory, new RequestClearanceCommand(loanId, collectorId, contactPoint, ContactMethod.Call, null, null));
        Assert.True(cleared.Allowed, string.Join("; ", cleared.Refusals.Select(r => r.Reason)));
        await SendAsync(factory, new LogContactCommand(cleared.Id, collectorId, outcome, "Rang; no answer.", false, null, null));
    }

    private static async Task<T> SendAsync<T>(BusinessClockFactory factory, ICommand<T> command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }
}
