using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>The collections home: a collector's own accounts by priority; for a manager, the queues, what is unassigned and what was blocked.</summary>
public sealed record CollectionsHomeQuery(string StaffId, bool Manager) : IQuery<CollectionsHome>;

public sealed record QueueCount(string Queue, int Open, int Unassigned);

public sealed record CollectionsHome(
    IReadOnlyList<CollectionAccount> Accounts, IReadOnlyList<QueueCount> Queues, IReadOnlyList<Clearance> Blocked, IReadOnlyList<StaffMember> Collectors,
    IReadOnlyList<FieldVisit> VisitsToDecide);

public sealed class CollectionsHomeHandler(CollectionsDbContext db, IStaffDirectory staff, TimeProvider clock) : IQueryHandler<CollectionsHomeQuery, CollectionsHome>
{
    public async ValueTask<CollectionsHome> Handle(CollectionsHomeQuery query, CancellationToken cancellationToken)
    {
        var open = db.Accounts.AsNoTracking().Where(a => a.Status != CollectionAccountStatus.Closed);
        if (!query.Manager)
        {
            var mine = await open.Where(a => a.AssignedTo == query.StaffId).OrderByDescending(a => a.Priority).ThenByDescending(a => a.DaysPastDue).Take(200).ToListAsync(cancellationToken);
            return new CollectionsHome(mine, [], [], [], []);
        }

        var queues = await open.GroupBy(a => a.Queue)
            .Select(g => new QueueCount(g.Key, g.Count(), g.Count(a => a.AssignedTo == null)))
            .ToListAsync(cancellationToken);
        var unassigned = await open.Where(a => a.AssignedTo == null).OrderByDescending(a => a.Priority).ThenByDescending(a => a.DaysPastDue).Take(100).ToListAsync(cancellationToken);
        var since = clock.GetUtcNow().AddDays(-7);
        var blocked = (await db.Clearances.AsNoTracking().Where(c => c.IssuedAt > since && c.OverriddenBy == null).OrderByDescending(c => c.IssuedAt).Take(200).ToListAsync(cancellationToken))
            .Where(c => c.Refusals.Count > 0).Take(50).ToList();
        var visits = await db.Visits.AsNoTracking().Where(v => v.Status == VisitStatus.Requested).OrderBy(v => v.RequestedAt).ToListAsync(cancellationToken);
        return new CollectionsHome(unassigned, [.. queues.OrderBy(q => q.Queue, StringComparer.Ordinal)], blocked, await staff.InRoleAsync(StaffRoles.Collector, cancellationToken), visits);
    }
}

/// <summary>The collector's work page for one account.</summary>
public sealed record WorkPageQuery(Guid LoanId, string StaffId, bool Manager, Guid? ClearanceId) : IQuery<WorkPage>;

public sealed record WorkPage(
    CollectionAccount Account, Debtor Debtor, GuardSummary Allowed, IReadOnlyList<ContactAttempt> Attempts, IReadOnlyList<PromiseToPay> Promises, Clearance? Clearance, bool UnitedStates,
    FieldVisit? Visit, int ValidationNoticeDays);

public sealed class WorkPageHandler(CollectionsDbContext db, GuardFactsReader reader, IOptions<ConductPolicy> policy, TimeProvider clock) : IQueryHandler<WorkPageQuery, WorkPage>
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

/// <summary>A manager gives an account to a collector; only to one certified for phone contact now.</summary>
public sealed record AssignAccountCommand(Guid LoanId, string CollectorId, string ManagerId) : ICommand<Guid>;

public sealed class AssignAccountHandler(CollectionsDbContext db, Assignment assignment, IStaffDirectory staff, TimeProvider clock) : ICommandHandler<AssignAccountCommand, Guid>
{
    public async ValueTask<Guid> Handle(AssignAccountCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.FirstOrDefaultAsync(a => a.LoanId == command.LoanId, cancellationToken) ?? throw new NotFoundException("Account");
        var collector = await staff.FindAsync(command.CollectorId, cancellationToken);
        var now = clock.GetUtcNow();
        if (collector is null || !(await staff.InRoleAsync(StaffRoles.Collector, cancellationToken)).Any(c => c.Id == collector.Id))
        {
            throw RequestValidationException.For(nameof(command.CollectorId), "Choose a collector.");
        }

        if (!await assignment.IsCertifiedAsync(collector.Id, Training.Contracts.ContactChannel.PhoneAndSms, now, cancellationToken))
        {
            throw new BusinessRuleException("not-certified", $"{collector.DisplayName} holds no current certification for phone contact.");
        }

        account.AssignTo(collector.Id, now);
        return account.LoanId;
    }
}
