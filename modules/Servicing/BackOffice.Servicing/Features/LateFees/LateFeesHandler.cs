using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.LateFees;

internal sealed class LateFeesHandler(ServicingDbContext db) : IQueryHandler<LateFeesQuery, decimal?>
{
    public async ValueTask<decimal?> Handle(LateFeesQuery query, CancellationToken cancellationToken)
    {
        var loanId = await db.Loans.Where(l => l.LoanNumber == query.LoanNumber).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(cancellationToken);
        return loanId is null ? null : await db.Installments.Where(i => i.LoanId == loanId).SumAsync(i => i.Fee, cancellationToken);
    }
}
