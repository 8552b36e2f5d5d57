using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>
/// At start-up, before the host serves: loans booked before the ledger existed (a database migrated from an
/// earlier version) get one opening entry each, so the ledger reconciles from its first day and nothing is lost.
/// Finds nothing to do on every later start.
/// </summary>
internal sealed partial class LedgerOpening(IServiceScopeFactory scopes, IOptions<ServicingPolicy> policy, ILogger<LedgerOpening> logger)
    : IHostedService
{
    private const int BatchSize = 500;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var opened = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ServicingDbContext>();
            var loans = await db.WholeLoans.Where(l => !db.JournalEntries.Any(e => e.LoanId == l.Id)).Take(BatchSize).ToListAsync(cancellationToken);
            if (loans.Count == 0)
            {
                break;
            }

            foreach (var loan in loans)
            {
                loan.OpenLedger(policy.Value);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                opened += loans.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another host starting beside this one opened some of these loans first; the next pass finds the rest.
            }
        }

        if (opened > 0)
        {
            LogOpened(opened);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning, "The ledger opened {Loans} loans booked before it existed, one opening entry each")]
    private partial void LogOpened(int loans);
}
