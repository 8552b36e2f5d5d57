using BackOffice.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.BuildingBlocks.Messaging;

/// <summary>
/// Commits a command's changes after its handler returns: the module's rows and its outbox entries go in one
/// SaveChanges, so an integration event is never lost nor sent for a change that did not happen. A command
/// belongs to the module whose assembly (or Contracts assembly) declares it; queries pass through untouched.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IServiceProvider services, ModuleContexts modules)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (modules.ContextFor(typeof(TMessage)) is { } contextType
            && services.GetRequiredService(contextType) is ModuleDbContext context
            && context.ChangeTracker.HasChanges())
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}
