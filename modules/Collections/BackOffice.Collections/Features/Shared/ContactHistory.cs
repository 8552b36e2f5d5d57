using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.Shared;

/// <summary>
/// The contacts a decision weighs: the last week's attempts on the loan, outside agencies' contacts, and the clearances
/// still open.
/// </summary>
internal sealed class ContactHistory(CollectionsDbContext db)
{
    /// <summary>Contacts further back than this never change a decision (the longest window is 7 days).</summary>
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(8);

    public async Task<IReadOnlyList<PastContact>> AroundAsync(Guid loanId, DateTimeOffset around, CancellationToken cancellationToken)
    {
        var since = around - LookBack;
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.LoanId == loanId && a.At > since).ToListAsync(cancellationToken);
        var open = await db.Clearances.AsNoTracking().Where(c => c.LoanId == loanId && c.UsedAt == null && c.ExpiresAt >= around)
            .ToListAsync(cancellationToken);
        var agencies = await db.AgencyContacts.AsNoTracking().Where(a => a.LoanId == loanId && a.At > since).ToListAsync(cancellationToken);
        var thirdParties = ThirdPartyNumbers.Of(agencies.Count == 0 ? [] : await db.Debtors.AsNoTracking().Where(d => d.LoanId == loanId)
            .SelectMany(d => d.Contacts).ToListAsync(cancellationToken));
        return
        [
            .. attempts.Select(a => a.ToPast()),
            .. agencies.Select(a => a.ToPast(thirdParties)),
            .. open.Where(c => c.Allowed)
                .Select(c => new PastContact(c.PlannedAt, c.Method, c.Party, c.ThirdPartyId, c.Destination, ContactOutcome.Pending)),
        ];
    }
}
