using BackOffice.BuildingBlocks.Errors;
using BackOffice.BuildingBlocks.Persistence;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Features.CloseOfBusiness;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>Finds loans by loan number, borrower name, phone, VIN or national id.</summary>
public sealed record LoanSearchQuery(string? Search, LoanStatus? Status, int Page = 1) : IQuery<PagedResult<LoanRow>>;

public sealed record LoanRow(Guid Id, string LoanNumber, string Borrower, string Phone, string Vin, LoanStatus Status, string Bucket, int DaysPastDue, decimal OutstandingPrincipal, string Currency);

public sealed class LoanSearchHandler(ServicingDbContext db) : IQueryHandler<LoanSearchQuery, PagedResult<LoanRow>>
{
    public async ValueTask<PagedResult<LoanRow>> Handle(LoanSearchQuery query, CancellationToken cancellationToken)
    {
        var loans = db.Loans.AsNoTracking();
        if (query.Status is { } status)
        {
            loans = loans.Where(l => l.Status == status);
        }

        if (query.Search?.Trim() is { Length: > 0 } search)
        {
            var upper = search.ToUpperInvariant();
            var phone = search.StartsWith('+') ? search : "+" + new string([.. search.Where(char.IsDigit)]);
            loans = loans.Where(l => l.LoanNumber.StartsWith(upper) || l.Borrower.FullName.Contains(search) || l.Borrower.Phone.StartsWith(phone)
                || l.Vehicle.Vin.StartsWith(upper) || l.Borrower.IdNumber == upper);
        }

        return await loans.OrderBy(l => l.Borrower.FullName).ThenBy(l => l.LoanNumber)
            .Select(l => new LoanRow(l.Id, l.LoanNumber, l.Borrower.FullName, l.Borrower.Phone, l.Vehicle.Vin, l.Status, l.Bucket, l.DaysPastDue, l.OutstandingPrincipal, l.Currency))
            .ToPageAsync(query.Page, cancellationToken);
    }
}

/// <summary>Everything the loan page shows.</summary>
public sealed record LoanDetailsQuery(Guid LoanId) : IQuery<LoanDetails>;

public sealed record LoanDetails(
    LoanAccount Loan, IReadOnlyList<DelinquencyChange> History, IReadOnlyList<RepaymentPlan> Plans, DateOnly Today, IReadOnlyList<string> EarlyWarningReasons);

public sealed class LoanDetailsHandler(ServicingDbContext db, BusinessCalendar calendar) : IQueryHandler<LoanDetailsQuery, LoanDetails>
{
    public async ValueTask<LoanDetails> Handle(LoanDetailsQuery query, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.AsNoTracking().FirstOrDefaultAsync(l => l.Id == query.LoanId, cancellationToken) ?? throw new NotFoundException("Loan");
        var history = await db.DelinquencyChanges.AsNoTracking().Where(c => c.LoanId == loan.Id).OrderByDescending(c => c.BusinessDate).Take(50).ToListAsync(cancellationToken);
        var plans = await db.Plans.AsNoTracking().Where(p => p.LoanId == loan.Id).OrderByDescending(p => p.ProposedAt).ToListAsync(cancellationToken);
        var reasons = loan.EarlyWarningReasons.Split(',', StringSplitOptions.RemoveEmptyEntries);
        return new LoanDetails(loan, history, plans, calendar.Today, reasons);
    }
}
