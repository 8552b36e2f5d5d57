using BackOffice.BuildingBlocks.Outbox;
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
}
