using BackOffice.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.BuildingBlocks.Outbox;

/// <summary>
/// Base of every integration-event handler: the effect and the inbox entry commit together, so an event
/// delivered twice (the outbox promises at least once) takes effect exactly once.
/// </summary>
public abstract class IntegrationEventHandler<TEvent, TContext>(TContext context, TimeProvider clock) : INotificationHandler<TEvent>
    where TEvent : IntegrationEvent
    where TContext : ModuleDbContext
{
    protected TContext Context { get; } = context;

    public async ValueTask Handle(TEvent notification, CancellationToken cancellationToken)
    {
        var handler = GetType().FullName!;
        var alreadyHandled = await Context.InboxMessages
            .AnyAsync(m => m.EventId == notification.EventId && m.Handler == handler, cancellationToken);
        if (alreadyHandled)
        {
            return;
        }

        await HandleOnceAsync(notification, cancellationToken);
        Context.InboxMessages.Add(new InboxMessage(notification.EventId, handler, clock.GetUtcNow()));
        await Context.SaveChangesAsync(cancellationToken);
    }

    protected abstract Task HandleOnceAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
