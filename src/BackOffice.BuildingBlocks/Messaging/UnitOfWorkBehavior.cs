using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BackOffice.BuildingBlocks.Messaging;

/// <summary>
/// Commits a command's changes after its handler returns: the module's rows and its outbox entries go in one
/// SaveChanges, so an integration event is never lost nor sent for a change that did not happen. A command
/// belongs to the module whose assembly (or Contracts assembly) declares it; queries pass through untouched.
/// <para>
/// A command that loses a race (an aggregate it read was changed and saved by another request first, see
/// <see cref="IVersioned"/>) is decided again on what is there now: a second confirmation finds the loan booked
/// and answers with it, a second approval finds the plan decided and is refused, the sixth call request finds
/// the fifth cleared and is blocked. A unique key taken meanwhile (two first certifications for one person) is
/// the same lost race. A refusal on that second look is a conflict (409): the request was right
/// when it was made, the record changed under it. Only the outermost command of a scope decides again; a nested
/// one (a file posting its rows) lets its caller see the conflict.
/// </para>
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IServiceProvider services, ModuleContexts modules)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    // A second look runs as this process's only writer, so it loses again only to another host; ten looks cover
    // any office's clicks across hosts.
    private const int MaxAttempts = 10;
    private static readonly AsyncLocal<int> Depth = new();

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var context = modules.ContextFor(typeof(TMessage)) is { } contextType
            ? services.GetRequiredService(contextType) as ModuleDbContext
            : null;
        var outermost = Depth.Value == 0;
        Depth.Value++;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    // A second look is taken as the only writer in this process: twenty payments to one loan at
                    // once would otherwise lose to each other round after round and run out of attempts.
                    return attempt == 1 || services.GetService<SqliteWriteGate>() is not { } gate
                        ? await DecideAndCommitAsync(message, next, context, cancellationToken)
                        : await gate.ExclusiveAsync(() => DecideAndCommitAsync(message, next, context, cancellationToken).AsTask(), cancellationToken);
                }
                catch (DbUpdateException lost) when (outermost && context is not null && attempt < MaxAttempts && IsLostRace(lost))
                {
                    context.ChangeTracker.Clear();
                }
                catch (DbUpdateException lost) when (outermost && IsLostRace(lost))
                {
                    throw new ConflictException("changed-meanwhile",
                        "Someone else changed this record at the same moment, again and again; nothing was saved. Look at it as it is now and try again.");
                }
                catch (BusinessRuleException refused) when (outermost && attempt > 1)
                {
                    throw new ConflictException(refused.Code, $"{refused.Message} (It changed a moment ago; nothing you sent was saved.)");
                }
            }
        }
        finally
        {
            Depth.Value--;
        }
    }

    /// <summary>A changed version, or a unique key taken since the command looked (a row it meant to add first).</summary>
    private static bool IsLostRace(DbUpdateException error) => error is DbUpdateConcurrencyException || UniqueKeys.Violated(error);

    private static async ValueTask<TResponse> DecideAndCommitAsync(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, ModuleDbContext? context, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        if (context is not null && context.ChangeTracker.HasChanges())
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return response;
    }
}
