using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Testing;

/// <summary>The tests' hosts do not run the outbox dispatcher; tests deliver the events when the story needs them.</summary>
public static class Outboxes
{
    /// <summary>
    /// Delivers every waiting integration event: passes until one delivers nothing, as the worker drains. A pass
    /// delivers one event per aggregate, and handlers publish events of their own, so one pass is seldom enough.
    /// </summary>
    public static async Task DeliverAllAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        for (var pass = 0; pass < 1000 && await DispatchOnceAsync(services, cancellationToken) > 0; pass++)
        {
        }
    }

    /// <summary>One pass over every module's outbox, as the worker makes it; returns how many events were delivered.</summary>
    public static async Task<int> DispatchOnceAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var dispatcher in services.GetServices<IOutboxDispatcher>())
        {
            delivered += await dispatcher.DispatchPendingAsync(cancellationToken);
        }

        return delivered;
    }

    /// <summary>The events of one kind a module has put in its outbox (delivered or not): what it told the others.</summary>
    public static async Task<List<TEvent>> PublishedAsync<TEvent, TContext>(this IServiceProvider services, CancellationToken cancellationToken)
        where TContext : ModuleDbContext
    {
        await using var scope = services.CreateAsyncScope();
        var messages = await scope.ServiceProvider.GetRequiredService<TContext>().OutboxMessages.AsNoTracking().ToListAsync(cancellationToken);
        return [.. messages.Select(m => m.ToEvent()).OfType<TEvent>()];
    }
}
