using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The trial balance at the end of a business date; by default the last one the close of business completed.</summary>
internal sealed record TrialBalanceQuery(DateOnly? On) : IQuery<TrialBalance>;

internal sealed class TrialBalanceHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, BusinessCalendar calendar)
    : IQueryHandler<TrialBalanceQuery, TrialBalance>
{
    public async ValueTask<TrialBalance> Handle(TrialBalanceQuery query, CancellationToken cancellationToken)
    {
        var chart = policy.Value.Ledger;
        var lastClosed = await LedgerDates.LastClosedAsync(db, cancellationToken);
        var date = query.On ?? lastClosed ?? calendar.Today;

        // SQLite cannot sum decimals (they are stored as text), so the lines are summed here: one query streaming
        // only the account and the two amounts of the lines carried on or before the date.
        var balances = chart.All.ToDictionary(a => a.Account.Code, a => (a.Role, Net: 0m), StringComparer.Ordinal);
        var lines = from line in db.JournalLines
                    join entry in db.JournalEntries on line.EntryId equals entry.Id
                    where entry.BusinessDate <= date
                    select new { line.Account, line.Role, line.Debit, line.Credit };
        await foreach (var line in lines.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var (role, net) = balances.GetValueOrDefault(line.Account, (line.Role, 0m));
            balances[line.Account] = (role, net + line.Debit - line.Credit);
        }

        var rows = balances
            .Select(b => new TrialBalanceRow(b.Key, NameOf(chart, b.Key), b.Value.Role, Math.Max(b.Value.Net, 0m), Math.Max(-b.Value.Net, 0m)))
            .OrderBy(r => r.Code, StringComparer.Ordinal)
            .ToList();
        return new TrialBalance(date, lastClosed, chart.Currency, rows);
    }

    /// <summary>An account the chart no longer names (the chart was changed since) keeps its code; its role says what it was.</summary>
    private static string NameOf(ChartOfAccounts chart, string code) => chart.All.FirstOrDefault(a => a.Account.Code == code).Account?.Name ?? "";
}
