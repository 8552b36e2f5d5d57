using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>
/// Checks the ledger against the loans, on one consistent read: each loan's figures against the position its
/// entries posted, each account of the general ledger against the sum of the loans, and debits against credits.
/// The ledger's balances are carried from the last check, so a check reads only the lines posted since.
/// </summary>
internal sealed partial class LedgerReconciler(ServicingDbContext db, IOptions<ServicingPolicy> policy, TimeProvider clock, ILogger<LedgerReconciler> logger)
{
    public async Task<LedgerReconciliation> ReconcileAsync(DateOnly businessDate, CancellationToken cancellationToken)
    {
        var chart = policy.Value.Ledger;
        var differences = new List<string>();
        var loans = new Sum();
        var ledger = new Sum();
        var checkedLoans = 0;
        long linesThrough;
        // One snapshot of lines and loans, read without holding up the pages that save meanwhile.
        await using (await ReadTransaction.BeginAsync(db.Database, cancellationToken))
        {
            var last = await db.LedgerReconciliations.AsNoTracking().OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
            ledger.Add(last?.GeneralLedger ?? LedgerPosition.Zero);
            linesThrough = last?.LinesThrough ?? 0;
            await foreach (var line in db.JournalLines.AsNoTracking().Where(l => l.Id > linesThrough).OrderBy(l => l.Id)
                .AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                ledger.Add(line.Role, line.Net);
                linesThrough = line.Id;
            }

            // Only the columns the check needs: a million whole accounts would take several times as long to read.
            var figures = db.Loans.AsNoTracking().Select(LoanAccount.FiguresOf);
            await foreach (var loan in figures.AsAsyncEnumerable().WithCancellation(cancellationToken))
            {
                checkedLoans++;
                loans.Add(loan.Posted);
                var own = loan.Position(chart.Basis);
                differences.AddRange(own.DifferencesFrom(loan.Posted)
                    .Select(role => $"{loan.LoanNumber} {role}: the loan's figures give {own[role]:0.00}, its entries posted {loan.Posted[role]:0.00}"));
            }
        }

        var (general, ofLoans) = (ledger.ToPosition(), loans.ToPosition());
        differences.AddRange(general.DifferencesFrom(ofLoans)
            .Select(role => $"{chart.CodeOf(role)} {role}: the ledger holds {general[role]:0.00}, the loans {ofLoans[role]:0.00}"));
        if (general.Imbalance != 0m)
        {
            differences.Add($"Debits exceed credits by {general.Imbalance:0.00}");
        }

        var check = new LedgerReconciliation(businessDate, clock.GetUtcNow(), checkedLoans, differences, general, linesThrough);
        db.LedgerReconciliations.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        if (!check.Balanced)
        {
            LogDifferences(businessDate, check.DifferenceCount, differences[0]);
        }

        return check;
    }

    /// <summary>Balances summed role by role.</summary>
    private sealed class Sum
    {
        private readonly Dictionary<LedgerRole, decimal> totals = LedgerPosition.Roles.ToDictionary(r => r, _ => 0m);

        public void Add(LedgerRole role, decimal amount) => totals[role] += amount;

        public void Add(LedgerPosition position)
        {
            foreach (var role in LedgerPosition.Roles)
            {
                totals[role] += position[role];
            }
        }

        public LedgerPosition ToPosition() => LedgerPosition.From(totals);
    }

    [LoggerMessage(LogLevel.Critical, "The ledger does not reconcile to the loans after close of business {Date}: {Count} differences, first: {First}")]
    private partial void LogDifferences(DateOnly date, int count, string first);
}
