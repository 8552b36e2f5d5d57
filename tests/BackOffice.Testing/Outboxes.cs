using BackOffice.BuildingBlocks.Outbox;
using BackOffice.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.Testing;

/// <summary>The tests' hosts do not run the outbox dispatcher; tests deliver the events when the story needs them.</summary>
public static class Outboxes
{
    /// <summary>Delivers every waiting integration event, twice over, so events that handlers publish are delivered too.</summary>
    public static async Task DeliverAllAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        for (var round = 0; round < 2; round++)
        {
            foreach (var dispatcher in services.GetServices<IOutboxDispatcher>())
            {
                await dispatcher.DispatchPendingAsync(cancellationToken);
            }
        }
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
