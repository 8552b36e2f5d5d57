using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>The dates the ledger pages start from.</summary>
internal static class LedgerDates
{
    /// <summary>The last business date the close of business completed; null before the first.</summary>
    public static Task<DateOnly?> LastClosedAsync(ServicingDbContext db, CancellationToken cancellationToken) =>
        db.CloseOfBusinessRuns.Where(r => r.Status == RunStatus.Completed).MaxAsync(r => (DateOnly?)r.BusinessDate, cancellationToken);
}
