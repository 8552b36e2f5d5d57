using BackOffice.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackOffice.BuildingBlocks.Outbox;

public interface IOutboxDispatcher
{
    /// <summary>Delivers the waiting events of one module's outbox; returns how many were delivered.</summary>
    Task<int> DispatchPendingAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Reads one module's outbox in order and publishes each event to its handlers in a scope of its own.
/// A failed event stays in the outbox with its error and is tried again on the next pass.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<OutboxDispatcher<TContext>> logger) : IOutboxDispatcher
    where TContext : ModuleDbContext
{
    private const int BatchSize = 50;
    private const int MaxAttempts = 10;

    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var pending = await context.OutboxMessages
            .Where(m => m.DispatchedAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.OccurredAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var message in pending)
        {
            try
            {
                await PublishAsync(message.ToEvent(), cancellationToken);
                message.MarkDispatched(clock.GetUtcNow());
                delivered++;
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogError(error, "Delivering outbox message {MessageId} of type {Type} failed", message.Id, message.Type);
                message.MarkFailed(error);
            }
        }

        // One commit for the batch: a crash before it redelivers the batch, and the inboxes absorb the repeats.
        await context.SaveChangesAsync(cancellationToken);
        return delivered;
    }

    private async Task PublishAsync(IntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        await using var handlerScope = scopes.CreateAsyncScope();
        var publisher = handlerScope.ServiceProvider.GetRequiredService<IPublisher>();
        await publisher.Publish((object)integrationEvent, cancellationToken);
    }
}
