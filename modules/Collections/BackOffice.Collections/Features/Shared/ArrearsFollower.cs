using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.Shared;

/// <summary>
/// Applies what Servicing reports about a loan's arrears to its collection account: opened when the loan is past due,
/// re-placed by the strategy as days past due grow, closed at once when nothing is overdue, reopened (and assigned)
/// when arrears come back.
/// </summary>
internal sealed class ArrearsFollower(CollectionsDbContext db, IOptions<CollectionStrategy> strategy, Assignment assignment)
{
    public async Task FollowAsync(Guid loanId, string loanNumber, DateOnly asOf, string bucket, int daysPastDue, decimal amountOverdue,
        decimal outstandingPrincipal, int earlyWarningScore, string closeReason, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.LoanId == loanId, cancellationToken);
        if (account is null)
        {
            if (daysPastDue == 0)
            {
                return;
            }

            account = new CollectionAccount(loanId, loanNumber, asOf);
            db.Accounts.Add(account);
        }

        account.Follow(asOf, bucket, daysPastDue, amountOverdue, outstandingPrincipal, earlyWarningScore, closeReason, strategy.Value);
        await assignment.AssignAutomaticallyAsync(account, cancellationToken);
    }
}
