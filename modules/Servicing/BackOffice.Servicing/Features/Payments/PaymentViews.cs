using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Payments;

internal static class PaymentViews
{
    public static async Task<PaymentDto?> ByReferenceAsync(ServicingDbContext db, string reference, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.ExternalReference == reference, cancellationToken);
        if (payment is null)
        {
            return null;
        }

        var loan = await db.WholeLoans.AsNoTracking().FirstAsync(l => l.Id == payment.LoanId, cancellationToken);
        return ToDto(loan, loan.Payments.Single(p => p.Id == payment.Id));
    }

    public static PaymentDto ToDto(LoanAccount loan, Payment payment) => new(
        payment.Id, loan.Id, loan.LoanNumber, payment.ExternalReference, payment.Amount, payment.ValueDate, payment.Channel.ToString(),
            payment.IsReversed,
        [.. loan.Allocations.Where(a => a.PaymentId == payment.Id).OrderBy(a => a.InstallmentNumber).ThenBy(a => a.Component)
            .Select(a => new AllocationDto(a.InstallmentNumber, a.Component.ToString(), a.Amount))]);
}
