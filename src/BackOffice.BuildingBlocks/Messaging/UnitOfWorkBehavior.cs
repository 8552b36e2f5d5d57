using BackOffice.BuildingBlocks.Persistence;
using Mediator;

namespace BackOffice.BuildingBlocks.Messaging;

/// <summary>
/// Commits a command's changes after its handler returns: the module's rows and its outbox entries go in one
/// SaveChanges, so an integration event is never lost nor sent for a change that did not happen.
/// Queries pass through untouched.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IEnumerable<ModuleDbContext> contexts)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        foreach (var context in contexts)
        {
            if (context.ChangeTracker.HasChanges())
            {
                await context.SaveChangesAsync(cancellationToken);
            }
        }

        return response;
    }
}
