using BackOffice.BuildingBlocks.Outbox;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using BackOffice.Servicing.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.BreakDuePromises;

/// <summary>Once a promised date has passed without the money, the promise is broken: the account rises in priority and Servicing is told.</summary>
public sealed class BreakDuePromises(CollectionsDbContext db, IOptions<CollectionStrategy> strategy, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var broken = 0;
        foreach (var promise in await db.Promises.Where(p => p.Status == PromiseStatus.Open && p.DueOn < today).ToListAsync(cancellationToken))
        {
            if (promise.BreakIfDue(today))
            {
                broken++;
                (await db.Accounts.FirstOrDefaultAsync(a => a.LoanId == promise.LoanId, cancellationToken))?.PromiseBroken(strategy.Value);
                db.Publish(new PromiseToPayBrokenIntegrationEvent(promise.Id, promise.LoanId, promise.CollectorId, promise.Amount, promise.DueOn) { OccurredAt = now });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return broken;
    }
}
