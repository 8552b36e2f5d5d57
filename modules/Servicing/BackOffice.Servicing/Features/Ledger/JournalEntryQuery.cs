using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>One journal entry with its lines (a page at a time: the close of business's has one per loan) and what caused it.</summary>
internal sealed record JournalEntryQuery(Guid EntryId, int Page) : IQuery<JournalEntryView>;

internal sealed class JournalEntryHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, IStaffDirectory staff)
    : IQueryHandler<JournalEntryQuery, JournalEntryView>
{
    public async ValueTask<JournalEntryView> Handle(JournalEntryQuery query, CancellationToken cancellationToken)
    {
        var chart = policy.Value.Ledger;
        var entry = await db.JournalEntries.AsNoTracking().Where(e => e.Id == query.EntryId)
            .Select(e => new { e.Id, e.Kind, e.BusinessDate, e.ValueDate, e.LoanId, e.SourceId, e.Memo, e.PostedBy, e.PostedAt })
            .FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Journal entry");
        var lines = await db.JournalLines.Where(l => l.EntryId == entry.Id).OrderBy(l => l.Id)
            .Select(l => new { l.Account, l.Role, l.LoanId, l.Debit, l.Credit })
            .ToPageAsync(query.Page, cancellationToken, AccountEntriesHandler.PageSize);
        var totals = await SumsAsync(entry.Id, cancellationToken);
        var loans = await LoanNumbers.OfAsync(db, [entry.LoanId, .. lines.Items.Select(l => l.LoanId)], cancellationToken);
        var payment = entry.SourceId is { } source
            ? await db.Payments.Where(p => p.Id == source)
                .Select(p => new EntryPayment(p.Id, p.ExternalReference, p.Amount, p.ValueDate, p.ReversedAt != null)).FirstOrDefaultAsync(cancellationToken)
            : null;
        var names = await StaffNames.LookUpAsync(staff, [entry.PostedBy], cancellationToken);
        var shown = lines.Items.Select(l => new EntryLineView(
            l.Account, chart.All.FirstOrDefault(a => a.Account.Code == l.Account).Account?.Name ?? "", l.Role, l.LoanId,
            l.LoanId is { } loan ? loans.GetValueOrDefault(loan) : null, l.Debit, l.Credit)).ToList();
        return new JournalEntryView(
            entry.Id, entry.Kind, entry.BusinessDate, entry.ValueDate, entry.LoanId, entry.LoanId is { } own ? loans.GetValueOrDefault(own) : null,
            payment, entry.Memo, names.Of(entry.PostedBy), entry.PostedAt, chart.Currency, totals.Debit, totals.Credit,
            new PagedResult<EntryLineView>(shown, lines.Page, lines.PageSize, lines.TotalCount));
    }

    private async Task<(decimal Debit, decimal Credit)> SumsAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var (debit, credit) = (0m, 0m);
        await foreach (var line in db.JournalLines.Where(l => l.EntryId == entryId).Select(l => new { l.Debit, l.Credit })
            .AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            (debit, credit) = (debit + line.Debit, credit + line.Credit);
        }

        return (debit, credit);
    }
}
