using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BackOffice.Servicing.Features.Payments;

/// <summary>Plans end with the loan: paid off, the plan in force is completed.</summary>
internal static class PlanEnds
{
    public static async Task CompleteAsync(ServicingDbContext db, LoanAccount loan, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.LoanId == loan.Id && p.Status == PlanStatus.InForce, cancellationToken);
        plan?.Complete(loan.AsOf);
    }
}
