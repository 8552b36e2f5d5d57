using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Accounts;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.CareContacts;

/// <summary>The care agent's call page for one borrower, delinquent or not.</summary>
internal sealed record CareCallQuery(Guid LoanId, Guid? ClearanceId) : IQuery<CareCallPage>;

/// <summary>
/// The borrower, what the guard allows right now (counting every team's contacts), the last contacts by anyone, and the
/// clearance being worked.
/// </summary>
internal sealed record CareCallPage(
    Guid LoanId, string LoanNumber, WorkDebtor Debtor, GuardSummary Allowed, IReadOnlyList<WorkAttempt> Attempts, WorkClearance? Clearance,
    bool UnitedStates);

internal sealed class CareCallHandler(CollectionsDbContext db, GuardFactsReader reader, IOptions<ConductPolicy> policy, TimeProvider clock)
    : IQueryHandler<CareCallQuery, CareCallPage>
{
    public async ValueTask<CareCallPage> Handle(CareCallQuery query, CancellationToken cancellationToken)
    {
        var debtor = await reader.DebtorAsync(query.LoanId, cancellationToken);
        var now = clock.GetUtcNow();
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.LoanId == debtor.LoanId).OrderByDescending(a => a.At).Take(10)
            .Select(a => new WorkAttempt(a.At, a.Method, a.Destination, a.Outcome, a.Note))
            .ToListAsync(cancellationToken);
        var clearance = query.ClearanceId is { } id
            ? await db.Clearances.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Id == id && c.LoanId == debtor.LoanId && c.Purpose == ContactPurpose.Care, cancellationToken)
                ?? throw new NotFoundException("Clearance")
            : null;
        return new CareCallPage(
            debtor.LoanId, debtor.LoanNumber, WorkPageHandler.Describe(debtor, []), await reader.AllowedNowAsync(debtor, policy.Value, now, cancellationToken), attempts,
            clearance is null ? null : WorkPageHandler.Show(clearance), policy.Value.IsUnitedStates);
    }
}
