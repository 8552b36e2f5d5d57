using BackOffice.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>
/// Base of every integration-event handler: the effect and the inbox entry commit together, so an event
/// delivered twice (the outbox promises at least once) takes effect exactly once: the second time the inbox
/// key refuses the commit. Handlers therefore add their effect and let this base commit it.
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TContext>(TContext context, TimeProvider clock) : INotificationHandler<TEvent>
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    protected TContext Context { get; } = context;

    public async ValueTask Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var handler = GetType().FullName!;
        await HandleOnceAsync(notification, cancellationToken);
        Context.InboxMessages.Add(new InboxMessage(notification.EventId, handler, clock.GetUtcNow()));
        try
        {
            await CommitAsync(notification, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Delivered before: the inbox key refused this second effect, which rolled back with it.
            if (!await AlreadyHandledAsync(notification.EventId, handler, cancellationToken))
            {
                throw;
            }
        }
    }

    private async Task<bool> AlreadyHandledAsync(Guid eventId, string handler, CancellationToken cancellationToken)
    {
        Context.ChangeTracker.Clear();
        return await Context.InboxMessages.AnyAsync(m => m.EventId == eventId && m.Handler == handler, cancellationToken);
    }

    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    /// <summary>Saves the effect and the inbox row in one transaction; a handler may add to that transaction first.</summary>
    protected virtual Task CommitAsync(TEvent integrationEvent, CancellationToken cancellationToken) => Context.SaveChangesAsync(cancellationToken);
}
