using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>Everything the loan page shows.</summary>
public sealed record LoanDetailsQuery(Guid LoanId) : IQuery<LoanDetails>;

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
