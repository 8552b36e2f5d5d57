using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Arrears;

/// <summary>Reads the loan as it is now (payments included) for whoever is about to state what it owes.</summary>
internal sealed class LoanArrearsHandler(ServicingDbContext db) : IQueryHandler<LoanArrearsQuery, LoanArrears?>
{
    public async ValueTask<LoanArrears?> Handle(LoanArrearsQuery query, CancellationToken cancellationToken)
    {
        var loan = await db.Loans.AsNoTracking().Include(l => l.Installments).FirstOrDefaultAsync(l => l.Id == query.LoanId, cancellationToken);
        if (loan is null)
        {
            return null;
        }

        var (principal, interest, fees) = loan.OverdueParts();
        return new LoanArrears(
            loan.Id, loan.LoanNumber, loan.Currency, loan.AsOf, loan.DaysPastDue, loan.AmountOverdue, principal, interest, fees,
            loan.OutstandingPrincipal, loan.Bucket, loan.Status.ToString());
    }
}
