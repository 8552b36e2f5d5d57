using BackOffice.BuildingBlocks.Errors;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Domain.Conduct;
using BackOffice.Collections.Features.Shared;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Collections.Features.Accounts;

internal sealed class WorkPageHandler(CollectionsDbContext db, GuardFactsReader reader, IOptions<ConductPolicy> policy, TimeProvider clock)
    : IQueryHandler<WorkPageQuery, WorkPage>
{
    public async ValueTask<WorkPage> Handle(WorkPageQuery query, CancellationToken cancellationToken)
    {
        var (account, debtor) = await reader.AccountOfAsync(query.LoanId, query.StaffId, query.Manager, cancellationToken);
        var now = clock.GetUtcNow();
        var history = await reader.HistoryAsync(account.LoanId, now, cancellationToken);
        var facts = new GuardFacts(debtor.TimeZone, debtor.Choices.ToGuard(), false, true, true, false, history);
        var summary = ConductGuard.Summarise(facts, policy.Value, now);
        var attempts = await db.Attempts.AsNoTracking().Where(a => a.LoanId == account.LoanId).OrderByDescending(a => a.At).Take(30)
            .Select(a => new WorkAttempt(a.At, a.Method, a.Destination, a.Outcome, a.Note))
            .ToListAsync(cancellationToken);
        var promises = await db.Promises.AsNoTracking().Where(p => p.LoanId == account.LoanId).OrderByDescending(p => p.MadeAt).Take(10)
            .Select(p => new WorkPromise(p.Amount, p.DueOn, p.Paid, p.Status))
            .ToListAsync(cancellationToken);
        var clearance = query.ClearanceId is { } id
            ? await db.Clearances.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.LoanId == account.LoanId, cancellationToken)
                ?? throw new NotFoundException("Clearance")
            : null;
        var visit = await db.Visits.AsNoTracking().Where(v => v.LoanId == account.LoanId).OrderByDescending(v => v.RequestedAt)
            .FirstOrDefaultAsync(cancellationToken);
        return new WorkPage(
            new WorkAccount(
                account.LoanId, account.LoanNumber, account.Status, account.DaysPastDue, account.Bucket, account.AmountOverdue,
                account.OutstandingPrincipal, account.Queue, account.Priority),
            Describe(debtor),
            summary,
            attempts,
            promises,
            clearance is null
                ? null
                : new WorkClearance(
                    clearance.Id, clearance.Allowed, clearance.UsedAt is not null, clearance.Method, clearance.Destination, clearance.ExpiresAt,
                    clearance.Refusals, clearance.TemplateKey),
            policy.Value.IsUnitedStates,
            visit is null ? null : new WorkVisit(visit.Status, visit.VisitFrom, visit.RepossessionAllowed, visit.IsOpen),
            policy.Value.ValidationNoticeDays,
            [.. MessageTemplates.All.Select(t => t.Key)]);
    }

    private static WorkDebtor Describe(Debtor debtor) => new(
        debtor.Name,
        debtor.TimeZone,
        debtor.Choices.CeaseRequestedAt,
        debtor.Choices.DisputeOpenedAt,
        debtor.Choices.RepresentedSince,
        debtor.Choices.Inconvenient ?? [],
        debtor.Choices.Consented ?? [],
        debtor.FirstCommunicationAt,
        debtor.ValidationNoticeSentAt,
        [.. debtor.Contacts.Where(c => !c.Invalid).OrderBy(c => c.Party).ThenBy(c => c.Kind)
            .Select(c => new WorkContactPoint(c.Id, c.Party, c.Kind, c.Name, c.Value))],
        debtor.Choices.ElectronicDeliveryConsentAt);
}
