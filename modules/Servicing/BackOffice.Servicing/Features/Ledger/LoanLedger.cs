using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Domain.Ledger;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>
/// A loan's ledger as the loan page shows it: its own entries in the order the books carry them, what each moved on
/// the control accounts and the running balance of them after it (debit positive, credit negative, as
/// <see cref="LedgerPosition"/>); then the interest accrued into the daily pooled entries, which with the last running
/// balance makes what the loan says it posted. Dealer funding is shown beside it.
/// </summary>
internal sealed record LoanLedger(
    decimal DealerFunded, DateOnly? DealerFundedOn, string? DealerFundingReference, IReadOnlyList<LoanLedgerRow> Rows, PagerModel Pager,
    LedgerPosition Posted, decimal AccrualPooled)
{
    public const int PageSize = 50;

    public static IReadOnlyList<LedgerRole> Shown => LedgerPosition.ControlRoles;

    private static Dictionary<LedgerRole, decimal> Zero() => Shown.ToDictionary(r => r, _ => 0m);

    /// <summary>A page of the loan's entries; by default the last, where the balances are today's.</summary>
    public static async Task<LoanLedger> ReadAsync(ServicingDbContext db, LoanAccount loan, int? page, CancellationToken cancellationToken)
    {
        var lines = from line in db.JournalLines
                    where line.LoanId == loan.Id
                    join entry in db.JournalEntries on line.EntryId equals entry.Id
                    orderby entry.BusinessDate, line.Id
                    select new { entry.Id, entry.BusinessDate, entry.ValueDate, entry.Kind, entry.Memo, line.Role, line.Debit, line.Credit };
        var rows = new List<LoanLedgerRow>();
        await foreach (var line in lines.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (rows.Count == 0 || rows[^1].EntryId != line.Id)
            {
                rows.Add(new LoanLedgerRow(line.Id, line.BusinessDate, line.ValueDate, line.Kind, line.Memo, Zero(), Zero()));
            }

            if (Shown.Contains(line.Role))
            {
                rows[^1].Moved[line.Role] += line.Debit - line.Credit;
            }
        }

        var balance = Zero();
        foreach (var row in rows)
        {
            foreach (var role in Shown)
            {
                balance[role] += row.Moved[role];
                row.Balance[role] = balance[role];
            }
        }

        var pageCount = Math.Max(1, (rows.Count + PageSize - 1) / PageSize);
        var shown = Math.Clamp(page ?? pageCount, 1, pageCount);
        return new LoanLedger(
            loan.DealerFunded, loan.DealerFundedOn, loan.DealerFundingReference, rows.Skip((shown - 1) * PageSize).Take(PageSize).ToList(),
            new PagerModel(shown, pageCount, rows.Count), loan.Posted, loan.AccrualPooled);
    }
}
