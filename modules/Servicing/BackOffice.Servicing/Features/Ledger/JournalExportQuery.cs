using BackOffice.BuildingBlocks.Web;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Features.Ledger;

/// <summary>Every line of every entry carried from <see cref="From"/> through <see cref="To"/>, for the CSV and XLSX exports.</summary>
internal sealed record JournalExportQuery(DateOnly From, DateOnly To) : IQuery<JournalExport>;

internal sealed class JournalExportValidator : AbstractValidator<JournalExportQuery>
{
    /// <summary>A year and a day: a leap year's books in one file, and no request for a decade's.</summary>
    public const int LongestPeriodDays = 366;

    public JournalExportValidator()
    {
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).WithMessage("The period ends before it starts: choose a later end date.");
        RuleFor(q => q.To).Must((q, to) => to.DayNumber - q.From.DayNumber < LongestPeriodDays)
            .When(q => q.To >= q.From)
            .WithMessage($"Export at most {LongestPeriodDays} days at a time.");
    }
}

internal sealed class JournalExportHandler(ServicingDbContext db, IOptions<ServicingPolicy> policy, IStaffDirectory staff)
    : IQueryHandler<JournalExportQuery, JournalExport>
{
    public async ValueTask<JournalExport> Handle(JournalExportQuery query, CancellationToken cancellationToken)
    {
        var chart = policy.Value.Ledger;
        var inPeriod = db.JournalEntries.Where(e => e.BusinessDate >= query.From && e.BusinessDate <= query.To);
        var authors = await inPeriod.Select(e => e.PostedBy).Distinct().ToListAsync(cancellationToken);
        var names = await StaffNames.LookUpAsync(staff, authors, cancellationToken);
        var accounts = chart.All.ToDictionary(a => a.Account.Code, a => a.Account.Name, StringComparer.Ordinal);

        // Read as the file is written, never held whole: a year of daily accruals is millions of lines.
        var lines = from line in db.JournalLines
                    join entry in inPeriod on line.EntryId equals entry.Id
                    join loan in db.Loans on line.LoanId equals (Guid?)loan.Id into loans
                    from loan in loans.DefaultIfEmpty()
                    orderby entry.BusinessDate, line.Id
                    select new
                    {
                        entry.Id, entry.BusinessDate, entry.ValueDate, entry.Kind, LoanNumber = loan == null ? null : loan.LoanNumber,
                        line.Account, line.Debit, line.Credit, entry.Memo, entry.PostedBy, entry.PostedAt,
                    };
        return new JournalExport(query.From, query.To, lines.AsAsyncEnumerable().Select(l => new JournalExportLine(
            l.Id, l.BusinessDate, l.ValueDate, l.Kind, l.LoanNumber ?? "", l.Account, accounts.GetValueOrDefault(l.Account, ""),
            l.Debit, l.Credit, l.Memo, names.Of(l.PostedBy), l.PostedAt)));
    }
}
