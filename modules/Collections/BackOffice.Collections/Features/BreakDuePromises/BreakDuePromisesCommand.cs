using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.BreakDuePromises;

/// <summary>
/// Once a promised date has passed without the money, the promise is broken: the account rises in priority and
/// Servicing is told. Answers how many promises this run broke.
/// </summary>
internal sealed record BreakDuePromisesCommand : ICommand<int>;

internal sealed class BreakDuePromisesHandler(CollectionsDbContext db, IOptions<CollectionStrategy> strategy, TimeProvider clock)
    : ICommandHandler<BreakDuePromisesCommand, int>
{
    public async ValueTask<int> Handle(BreakDuePromisesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var broken = 0;
        foreach (var promise in await db.Promises.Where(p => p.Status == PromiseStatus.Open && p.DueOn < today).ToListAsync(cancellationToken))
        {
            if (!promise.BreakIfDue(today))
            {
                continue;
            }

            broken++;
            (await db.Accounts.FirstOrDefaultAsync(a => a.LoanId == promise.LoanId, cancellationToken))?.PromiseBroken(strategy.Value);
            db.Publish(new PromiseToPayBrokenIntegrationEvent(promise.Id, promise.LoanId, promise.CollectorId, promise.Amount, promise.DueOn)
            {
                OccurredAt = now,
            });
        }

        return broken;
    }
}
