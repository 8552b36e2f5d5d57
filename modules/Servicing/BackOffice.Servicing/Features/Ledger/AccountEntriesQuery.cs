using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>An account's entries carried from <see cref="From"/> through <see cref="To"/>, a page at a time: the trial balance's drill-down.</summary>
internal sealed record AccountEntriesQuery(string Account, DateOnly From, DateOnly To, int Page) : IQuery<AccountEntries>;

internal sealed class AccountEntriesValidator : AbstractValidator<AccountEntriesQuery>
{
    public AccountEntriesValidator() =>
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The period ends before it starts: choose a later end date.");
}

internal sealed class AccountEntriesHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy)
    : IQueryHandler<AccountEntriesQuery, AccountEntries>
{
    public const int PageSize = 50;

    public async ValueTask<AccountEntries> Handle(AccountEntriesQuery query, CancellationToken cancellationToken)
    {
        var chart = policy.Value.Ledger;
        var entries = await db.JournalEntries
            .Where(e => e.BusinessDate >= query.From && e.BusinessDate <= query.To && db.JournalLines.Any(l => l.EntryId == e.Id && l.Account == query.Account))
            .OrderBy(e => e.BusinessDate).ThenBy(e => e.Id)
            .Select(e => new { e.Id, e.BusinessDate, e.ValueDate, e.Kind, e.Memo, e.LoanId })
            .ToPageAsync(query.Page, cancellationToken, PageSize);
        var ids = entries.Items.Select(e => e.Id).ToList();

        // An entry of the close of business has a line per loan on a control account: its amount here is their sum.
        var amounts = new Dictionary<Guid, (decimal Debit, decimal Credit)>();
        await foreach (var line in db.JournalLines.Where(l => ids.Contains(l.EntryId) && l.Account == query.Account)
            .Select(l => new { l.EntryId, l.Debit, l.Credit }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var (debit, credit) = amounts.GetValueOrDefault(line.EntryId);
            amounts[line.EntryId] = (debit + line.Debit, credit + line.Credit);
        }

        var loans = await LoanNumbers.OfAsync(db, entries.Items.Select(e => e.LoanId), cancellationToken);
        var lines = entries.Items.Select(e => new AccountEntryLine(
            e.Id, e.BusinessDate, e.ValueDate, e.Kind, e.Memo, e.LoanId, e.LoanId is { } loan ? loans.GetValueOrDefault(loan) : null,
            amounts.GetValueOrDefault(e.Id).Debit, amounts.GetValueOrDefault(e.Id).Credit)).ToList();
        var account = chart.All.FirstOrDefault(a => a.Account.Code == query.Account);
        return new AccountEntries(
            query.Account, account.Account?.Name ?? "", account.Account is null ? null : account.Role, query.From, query.To, chart.Currency,
            new PagedResult<AccountEntryLine>(lines, entries.Page, entries.PageSize, entries.TotalCount));
    }
}
