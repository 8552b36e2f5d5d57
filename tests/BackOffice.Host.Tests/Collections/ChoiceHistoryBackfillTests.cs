using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Host.Tests.Collections;

/// <summary>
/// The migration that introduced the choice history, on the real SQLite file: choices kept as dates only become
/// history entries recorded "before history", how unknown, with no date where none was kept, and bind as before.
/// </summary>
public sealed class ChoiceHistoryBackfillTests
{
    [Fact]
    public async Task Choices_kept_before_the_history_become_entries_recorded_before_history_that_bind_as_before()
    {
        await using var factory = new BusinessClockFactory();
        var (loan, _) = await CollectionsHost.DelinquentAndAssignedAsync(factory);
        var refused = Guid.CreateVersion7();
        var old = "{\"ceaseRequestedAt\":\"2026-11-30T10:00:00+00:00\",\"disputeOpenedAt\":null,\"representedSince\":null,"
            + "\"optedOut\":[\"Sms\"],\"inconvenient\":[{\"from\":\"12:00:00\",\"to\":\"14:00:00\"}],\"consented\":null,"
            + $"\"refusedThirdParties\":[\"{refused}\"]}}";
        var debtors = await CollectionsHost.WithCollectionsAsync(factory, async db =>
        {
            await db.Database.ExecuteSqlAsync(
                $"UPDATE collections_Debtors SET Choices = {old} WHERE LoanId = {loan.Id}", TestContext.Current.CancellationToken);
            return await db.Database.ExecuteSqlRawAsync(ChoiceHistoryBackfill.Sqlite, TestContext.Current.CancellationToken);
        });

        var choices = await CollectionsHost.WithCollectionsAsync(factory, async db =>
            (await db.Debtors.AsNoTracking().SingleAsync(d => d.LoanId == loan.Id, TestContext.Current.CancellationToken)).Choices);
        Assert.True(debtors >= 1);
        Assert.Equal(
            [ChoiceKind.CeaseRequest, ChoiceKind.OptOut, ChoiceKind.Inconvenient, ChoiceKind.RefusedThirdParty],
            choices.All.Select(c => c.Kind));
        Assert.All(choices.All, c => Assert.Equal((ChoiceAct.BeforeHistory, ChoiceChannel.Unknown), (c.Made.By, c.Made.How)));
        Assert.Equal([new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), null, null, null], choices.All.Select(c => c.Made.At));
        Assert.Equal(choices.All.Count, choices.All.Select(c => c.Id).Distinct().Count());
        var guard = choices.ToGuard();
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.Zero), guard.CeaseRequestedAt);
        Assert.Equal([ContactMethod.Sms], guard.OptedOut!);
        Assert.Equal([refused], guard.RefusedThirdParties!);

        var collector = StaffClient.For(factory);
        await collector.SignInAsync(DemoStaff.Collector);
        var page = await collector.GetPageAsync($"/collections/Accounts/Work/{loan.Id}");
        Assert.Contains(
            page.QuerySelectorAll("#choice-history li"),
            li => li.TextContent.Contains(
                "Set by the borrower on a date not kept by an unknown way, recorded by someone before the history was kept.", StringComparison.Ordinal));
    }
}
