using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Compliance.Persistence;
using BackOffice.Origination.Contracts;
using BackOffice.Origination.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Host.Tests;

/// <summary>Integration events: written with the change, delivered after commit at least once, handled exactly once.</summary>
public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task An_event_committed_before_a_crash_is_delivered_after_restart_and_handled_exactly_once()
    {
        var folder = BackOfficeFactory.NewDataFolder();
        Guid dealerId;
        using (var beforeCrash = new RestartedHostFactory(folder, ownsData: false))
        {
            dealerId = await SendAsync(beforeCrash, new RegisterDealerCommand("Lakeside Motors", "LAKESIDE", "ops@lakeside.example", "test"));

            // Committed with the dealer, not yet delivered: the host now dies before its dispatcher runs.
            Assert.Equal(1, await PendingEventsForAsync(beforeCrash, dealerId));
            Assert.False(await IsKnownToComplianceAsync(beforeCrash, dealerId));
        }

        using var afterRestart = new RestartedHostFactory(folder, ownsData: true);
        await DispatchAllAsync(afterRestart);
        Assert.Equal(0, await PendingEventsForAsync(afterRestart, dealerId));
        Assert.True(await IsKnownToComplianceAsync(afterRestart, dealerId));

        // The host dies after the handler committed but before the outbox row was marked: the event comes again.
        await using (var scope = afterRestart.Services.CreateAsyncScope())
        {
            var origination = scope.ServiceProvider.GetRequiredService<OriginationDbContext>();
            var redelivered = await origination.OutboxMessages.ExecuteUpdateAsync(
                m => m.SetProperty(x => x.DispatchedAt, (DateTimeOffset?)null), TestContext.Current.CancellationToken);
            Assert.True(redelivered > 0);
        }

        await DispatchAllAsync(afterRestart);

        await using var check = afterRestart.Services.CreateAsyncScope();
        var compliance = check.ServiceProvider.GetRequiredService<ComplianceDbContext>();
        Assert.Equal(1, await compliance.KnownDealers.CountAsync(d => d.DealerId == dealerId, TestContext.Current.CancellationToken));
        var eventId = await EventIdForAsync(afterRestart, dealerId);
        Assert.Equal(1, await compliance.InboxMessages.CountAsync(i => i.EventId == eventId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_command_that_fails_validation_writes_neither_the_change_nor_its_event()
    {
        using var factory = new BackOfficeFactory();
        await using var scope = factory.Services.CreateAsyncScope();
        var origination = scope.ServiceProvider.GetRequiredService<OriginationDbContext>();
        var before = await origination.OutboxMessages.CountAsync(TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<BuildingBlocks.Errors.RequestValidationException>(async () =>
            await SendAsync(factory, new RegisterDealerCommand("", "bad code!", "nope", "test")));

        Assert.Equal(before, await origination.OutboxMessages.CountAsync(TestContext.Current.CancellationToken));
        Assert.False(await origination.Dealers.AnyAsync(d => d.Code == "BAD CODE!", TestContext.Current.CancellationToken));
    }

    private static async Task<Guid> SendAsync(BackOfficeFactory factory, RegisterDealerCommand command)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command, TestContext.Current.CancellationToken);
    }

    private static async Task DispatchAllAsync(BackOfficeFactory factory)
    {
        foreach (var dispatcher in factory.Services.GetServices<IOutboxDispatcher>())
        {
            await dispatcher.DispatchPendingAsync(TestContext.Current.CancellationToken);
        }
    }

    private static async Task<int> PendingEventsForAsync(BackOfficeFactory factory, Guid dealerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<OriginationDbContext>().OutboxMessages
            .Where(m => m.DispatchedAt == null).ToListAsync(TestContext.Current.CancellationToken);
        return pending.Count(m => m.ToEvent() is DealerRegisteredIntegrationEvent e && e.DealerId == dealerId);
    }

    private static async Task<Guid> EventIdForAsync(BackOfficeFactory factory, Guid dealerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var all = await scope.ServiceProvider.GetRequiredService<OriginationDbContext>().OutboxMessages
            .ToListAsync(TestContext.Current.CancellationToken);
        return all.Select(m => m.ToEvent()).OfType<DealerRegisteredIntegrationEvent>().Single(e => e.DealerId == dealerId).EventId;
    }

    private static async Task<bool> IsKnownToComplianceAsync(BackOfficeFactory factory, Guid dealerId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceDbContext>().KnownDealers
            .AnyAsync(d => d.DealerId == dealerId, TestContext.Current.CancellationToken);
    }
}
