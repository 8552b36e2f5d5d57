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

/// <summary>Payments decide promises (a payment dated by the promised date counts toward it) and count on the collector's scorecard.</summary>
public sealed class PaymentPostedHandler(CollectionsDbContext context, TimeProvider clock)
    : IntegrationEventHandler<PaymentPostedIntegrationEvent, CollectionsDbContext>(context, clock)
{
    protected override async Task HandleOnceAsync(PaymentPostedIntegrationEvent posted, CancellationToken cancellationToken)
    {
        foreach (var promise in await Context.Promises.Where(p => p.LoanId == posted.LoanId && p.Status == PromiseStatus.Open).OrderBy(p => p.MadeAt).ToListAsync(cancellationToken))
        {
            promise.Count(posted.Amount, posted.ValueDate);
        }

        // Money paid on an account counts for the collector working it at the time.
        if (await Context.Accounts.Where(a => a.LoanId == posted.LoanId && a.AssignedTo != null).Select(a => a.AssignedTo).FirstOrDefaultAsync(cancellationToken) is { } collector)
        {
            Context.CollectorRecords.Add(new CollectorRecord(collector, posted.LoanId, CollectorRecordKind.Collected, posted.Amount, posted.OccurredAt, posted.ExternalReference));
        }
    }
}

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

/// <summary>Checks promises every hour.</summary>
public sealed class PromiseWorker(IServiceScopeFactory scopes, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), clock);
        try
        {
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BreakDuePromises>().RunAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
