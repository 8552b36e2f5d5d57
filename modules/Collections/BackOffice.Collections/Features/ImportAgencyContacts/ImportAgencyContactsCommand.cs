using BackOffice.BuildingBlocks.Auditing;
using BackOffice.Collections.Contracts;
using BackOffice.Collections.Domain;
using BackOffice.Collections.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Collections.Features.ImportAgencyContacts;

/// <summary>A manager imports an agency's contact log so that the guard counts those contacts too.</summary>
internal sealed record ImportAgencyContactsCommand(string Content, string By) : ICommand<AgencyImportResult>;

internal sealed class ImportAgencyContactsHandler(CollectionsDbContext db, AgencyContactReview review, TimeProvider clock)
    : ICommandHandler<ImportAgencyContactsCommand, AgencyImportResult>
{
    public async ValueTask<AgencyImportResult> Handle(ImportAgencyContactsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = AgencyContactFile.Parse(command.Content);
        var numbers = rows.Select(r => r.LoanNumber).Distinct().ToList();
        var loans = await db.Accounts.Where(a => numbers.Contains(a.LoanNumber))
            .ToDictionaryAsync(a => a.LoanNumber, a => a.LoanId, cancellationToken);
        var checkedRows = rows.Select(r => r.Error is not null ? r
            : !loans.ContainsKey(r.LoanNumber) ? r with { Error = "No collection account has this loan number." }
            : r.At > now ? r with { Error = "The time is in the future." }
            : r).ToList();
        var rejected = checkedRows.Where(r => r.Error is not null).ToList();
        if (rejected.Count > 0 || checkedRows.Count == 0)
        {
            IReadOnlyList<AgencyContactRow> refused = rejected.Count > 0
                ? rejected
                : [new AgencyContactRow(1, "", "", "", default, default, "", default, "The file has no contacts.")];
            return new AgencyImportResult(0, 0, refused);
        }

        var references = checkedRows.Select(r => r.Reference).ToList();
        var known = (await db.AgencyContacts.Where(a => references.Contains(a.Reference))
                .Select(a => new { a.Agency, a.Reference }).ToListAsync(cancellationToken))
            .Select(a => (a.Agency, a.Reference)).ToHashSet();
        var fresh = checkedRows.Where(r => !known.Contains((r.Agency, r.Reference))).ToList();
        var loanIds = fresh.Select(r => loans[r.LoanNumber]).Distinct().ToList();
        var zones = await db.Debtors.Where(d => loanIds.Contains(d.LoanId))
            .ToDictionaryAsync(d => d.LoanId, d => TimeZoneInfo.FindSystemTimeZoneById(d.TimeZone), cancellationToken);
        var contacts = fresh.Select(r => new AgencyContact(
                loans[r.LoanNumber], r.Agency, r.Reference, r.At, r.Method, r.Destination, r.Outcome, zones[loans[r.LoanNumber]], command.By, now))
            .ToList();
        var breaches = await review.BreachesAsync(contacts, cancellationToken);
        db.AgencyContacts.AddRange(contacts);
        var loanNumbers = loans.ToDictionary(l => l.Value, l => l.Key);
        foreach (var contact in breaches.GroupBy(b => b.Contact, b => b.Refusal.Rule))
        {
            contact.Key.Breached(contact);
        }

        foreach (var (contact, refusal) in breaches)
        {
            db.Publish(new AgencyContactBreachedIntegrationEvent(
                contact.Id, contact.Agency, contact.Reference, refusal.Rule, refusal.Reason, loanNumbers[contact.LoanId])
            {
                OccurredAt = contact.At,
            });
        }

        var agencies = string.Join(", ", fresh.Select(r => r.Agency).Distinct());
        db.Audit(new AuditRecord(
                CollectionsAuditActions.AgencyContactsImported,
                command.By,
                "agency-contacts",
                $"{fresh.Count} imported, {checkedRows.Count - fresh.Count} already imported, {breaches.Count} breaches; agencies {agencies}"), clock.GetUtcNow());
        return new AgencyImportResult(fresh.Count, checkedRows.Count - fresh.Count, [], breaches.Count);
    }
}
