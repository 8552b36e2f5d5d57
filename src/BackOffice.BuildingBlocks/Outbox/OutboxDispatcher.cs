using BackOffice.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.BuildingBlocks.Outbox;

public interface IOutboxDispatcher
{
    /// <summary>One pass over one module's outbox; returns how many events were delivered.</summary>
    Task<int> DispatchPendingAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Reads one module's outbox and publishes each event to its handlers in a scope of its own. A pass delivers the
/// first open event of each ordering key (at most one per key), so the events of one aggregate arrive in the
/// order they were published: a failed event is tried again after a back-off and, its attempts spent, becomes a
/// dead letter; either way it stays open and holds back the later events of its key until it is delivered,
/// retried or discarded. Other keys flow.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxDispatcher<TContext>> logger)
    : IOutboxDispatcher
    where TContext : ModuleDbContext
{
    private const int BatchSize = 50;

    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = clock.GetUtcNow();
        var due = await context.OutboxMessages.Heads()
            .Where(m => m.DeadLetteredAt == null && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Sequence)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var message in due)
        {
            try
            {
                await PublishAsync(message.ToEvent(), cancellationToken);
                message.MarkDispatched(clock.GetUtcNow());
                delivered++;
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested)
            {
                message.MarkFailed(error, clock.GetUtcNow(), options.Value);
                LogFailure(message, error);
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

    private void LogFailure(OutboxMessage message, Exception error)
    {
        if (message.DeadLetteredAt is not null)
        {
            logger.LogError(error,
                "Outbox message {Sequence} ({Type}, {OrderingKey}) failed {Attempts} times and is now a dead letter; later events of its key wait for an operator",
                message.Sequence, message.Type, message.OrderingKey, message.Attempts);
        }
        else
        {
            logger.LogWarning(error, "Delivering outbox message {Sequence} ({Type}, {OrderingKey}) failed; attempt {Attempts}, next at {NextAttemptAt}",
                message.Sequence, message.Type, message.OrderingKey, message.Attempts, message.NextAttemptAt);
        }
    }
}
