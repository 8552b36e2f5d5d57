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

internal sealed class WorkPageHandler(
    CollectionsDbContext db, GuardFactsReader reader, IStaffDirectory staff, IOptions<ConductPolicy> policy, TimeProvider clock)
    : IQueryHandler<WorkPageQuery, WorkPage>
{
    public async ValueTask<WorkPage> Handle(WorkPageQuery query, CancellationToken cancellationToken)
    {
        var (account, debtor) = await reader.AccountOfAsync(query.LoanId, query.StaffId, query.Manager, cancellationToken);
        var now = clock.GetUtcNow();
        var arrears = await reader.ArrearsAsync(account.LoanId, cancellationToken);
        var summary = await reader.AllowedNowAsync(debtor, policy.Value, now, cancellationToken);
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
                account.LoanId, account.LoanNumber, account.Status, arrears.DaysPastDue, arrears.Bucket, arrears.AmountOverdue,
                arrears.PrincipalOverdue, arrears.InterestOverdue, arrears.FeesOverdue, arrears.AsOf, arrears.OutstandingPrincipal, account.Queue,
                account.Priority),
            Describe(debtor, await ChoicesAsync(debtor, cancellationToken)),
            summary,
            attempts,
            promises,
            clearance is null ? null : Show(clearance),
            policy.Value.IsUnitedStates,
            visit is null ? null : new WorkVisit(visit.Status, visit.VisitFrom, visit.RepossessionAllowed, visit.IsOpen),
            policy.Value.ValidationNoticeDays,
            [.. MessageTemplates.All.Select(t => t.Key)]);
    }

    /// <summary>The guard's answer as the page shows it.</summary>
    internal static WorkClearance Show(Clearance clearance) => new(
        clearance.Id, clearance.Allowed, clearance.UsedAt is not null, clearance.Method, clearance.Destination, clearance.ExpiresAt,
        clearance.Refusals, clearance.TemplateKey);

    /// <summary>The borrower as the pages show them: choices in force, their history, and the numbers and addresses still valid.</summary>
    internal static WorkDebtor Describe(Debtor debtor, IReadOnlyList<WorkChoice> history)
    {
        var binding = debtor.Choices.ToGuard();
        return new(
            debtor.Name,
            debtor.TimeZone,
            binding.CeaseRequestedAt,
            binding.DisputeOpenedAt,
            binding.RepresentedSince,
            binding.Inconvenient ?? [],
            binding.Consented ?? [],
            debtor.FirstCommunicationAt,
            debtor.ValidationNoticeSentAt,
            [.. debtor.Contacts.Where(c => !c.Invalid).OrderBy(c => c.Party).ThenBy(c => c.Kind)
                .Select(c => new WorkContactPoint(c.Id, c.Party, c.Kind, c.Name, c.Value, c.Source))],
            history,
            debtor.Choices.ElectronicDeliveryConsentAt);
    }

    /// <summary>The borrower's choices, newest first, with staff ids turned into names (an id naming nobody stays as it is).</summary>
    private async Task<IReadOnlyList<WorkChoice>> ChoicesAsync(Debtor debtor, CancellationToken cancellationToken)
    {
        var choices = debtor.Choices.All;
        var ids = choices.SelectMany(c => new[] { c.Made.By, c.Withdrawn?.By, c.Verified?.SentBy }).OfType<string>()
            .Where(id => id != ChoiceAct.BeforeHistory).Distinct().ToList();
        var names = ids.Count == 0 ? new Dictionary<string, string>() : await staff.DisplayNamesAsync(ids, cancellationToken);
        string Name(string id) => names.TryGetValue(id, out var name) ? name : id;
        return [.. choices.Reverse().Select(c => new WorkChoice(
            c.Id, c.Kind, c.Method, c.Window, c.Made with { By = Name(c.Made.By) }, c.Withdrawn is { } w ? w with { By = Name(w.By) } : null,
            c.Verified is { } v ? v with { SentBy = Name(v.SentBy) } : null, c.Binding))];
    }
}
