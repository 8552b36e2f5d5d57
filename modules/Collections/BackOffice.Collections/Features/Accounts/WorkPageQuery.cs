using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>The collector's work page for one account.</summary>
internal sealed record WorkPageQuery(Guid LoanId, string StaffId, bool Manager, Guid? ClearanceId) : IQuery<WorkPage>;

internal sealed class WorkPageHandler(CollectionsDbContext db, GuardFactsReader reader, IOptions<ConductPolicy> policy, TimeProvider clock) : IQueryHandler<WorkPageQuery, WorkPage>
{
    public async ValueTask<WorkPage> Handle(WorkPageQuery query, CancellationToken cancellationToken)
    {
        var (account, debtor) = await reader.AccountOfAsync(query.LoanId, query.StaffId, query.Manager, cancellationToken);
        var now = clock.GetUtcNow();
        var history = await reader.HistoryAsync(account.LoanId, now, cancellationToken);
        var summary = ConductGuard.Summarise(new GuardFacts(debtor.TimeZone, debtor.Choices.ToGuard(), false, true, true, false, history), policy.Value, now);
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.LoanId == account.LoanId).OrderByDescending(a => a.At).Take(30).ToListAsync(cancellationToken);
        var promises = await db.Promises.AsNoTracking().Where(p => p.LoanId == account.LoanId).OrderByDescending(p => p.MadeAt).Take(10).ToListAsync(cancellationToken);
        var clearance = query.ClearanceId is { } id
            ? await db.Clearances.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.LoanId == account.LoanId, cancellationToken) ?? throw new NotFoundException("Clearance")
            : null;
        var visit = await db.Visits.AsNoTracking().Where(v => v.LoanId == account.LoanId).OrderByDescending(v => v.RequestedAt).FirstOrDefaultAsync(cancellationToken);
        return new WorkPage(account, debtor, summary, attempts, promises, clearance, policy.Value.IsUnitedStates, visit, policy.Value.ValidationNoticeDays);
    }
}
