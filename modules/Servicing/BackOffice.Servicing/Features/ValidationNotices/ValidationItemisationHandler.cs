using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.ValidationNotices;

internal sealed class ValidationItemisationHandler(ServicingDbContext db) : IQueryHandler<ValidationItemisationQuery, ValidationItemisation?>
{
    public async ValueTask<ValidationItemisation?> Handle(ValidationItemisationQuery query, CancellationToken cancellationToken)
    {
        var loan = await db.WholeLoans.AsNoTracking().FirstOrDefaultAsync(l => l.LoanNumber == query.LoanNumber, cancellationToken);
        if (loan is null)
        {
            return null;
        }

        // The current amount is what would pay the loan off on its last closed business day; payments are the live ones
        // (a reversed payment never reduced the debt), credits the interest waived.
        var current = loan.QuotePayoff(loan.AsOf).Total;
        var fees = loan.Installments.Sum(i => i.Fee);
        var paymentsAndCredits = loan.Payments.Where(p => !p.IsReversed).Sum(p => p.Amount) + loan.Installments.Sum(i => i.InterestWaived);

        // Interest charged since booking (billed, and accrued to today) is what the balance holds beyond the amount financed
        // and the fees once payments and credits are taken off: the itemisation adds up to the current amount by construction.
        var interest = current - loan.AmountFinanced - fees + paymentsAndCredits;
        return new ValidationItemisation(loan.BookedOn, loan.AmountFinanced, interest, fees, paymentsAndCredits, current, loan.Currency);
    }
}
