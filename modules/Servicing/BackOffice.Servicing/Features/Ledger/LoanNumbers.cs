using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The loan numbers of the loans a page of entries names, in one look-up.</summary>
internal static class LoanNumbers
{
    public static async Task<IReadOnlyDictionary<Guid, string>> OfAsync(ServicingDbContext db, IEnumerable<Guid?> loanIds, CancellationToken cancellationToken)
    {
        var ids = loanIds.OfType<Guid>().Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Loans.Where(l => ids.Contains(l.Id)).Select(l => new { l.Id, l.LoanNumber })
                .ToDictionaryAsync(l => l.Id, l => l.LoanNumber, cancellationToken);
    }
}
