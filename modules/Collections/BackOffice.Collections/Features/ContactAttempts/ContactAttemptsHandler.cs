using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.ContactAttempts;

/// <summary>Answers Compliance with a loan's contacts and blocked requests, newest first.</summary>
internal sealed class ContactAttemptsHandler(CollectionsDbContext db) : IQueryHandler<ContactAttemptsQuery, IReadOnlyList<ContactAttemptDto>>
{
    public async ValueTask<IReadOnlyList<ContactAttemptDto>> Handle(ContactAttemptsQuery query, CancellationToken cancellationToken)
    {
        var loanId = await db.Accounts.Where(a => a.LoanNumber == query.LoanNumber).Select(a => (Guid?)a.LoanId)
            .FirstOrDefaultAsync(cancellationToken);
        if (loanId is null)
        {
            return [];
        }

        var attempts = await db.Attempts.AsNoTracking().Where(a => a.LoanId == loanId).OrderByDescending(a => a.At).Take(100)
            .ToListAsync(cancellationToken);
        var blocked = (await db.Clearances.AsNoTracking().Where(c => c.LoanId == loanId && c.OverriddenBy == null).OrderByDescending(c => c.IssuedAt)
            .Take(100).ToListAsync(cancellationToken))
            .Where(c => c.Refusals.Count > 0);
        return
        [
            .. attempts.Select(a => new ContactAttemptDto(a.Id, a.At, a.CollectorId, a.Method, a.Outcome.Code(), [])),
            .. blocked.Select(c => new ContactAttemptDto(c.Id, c.PlannedAt, c.CollectorId, c.Method, "blocked", [.. c.Refusals.Select(r => r.Rule)])),
        ];
    }
}
