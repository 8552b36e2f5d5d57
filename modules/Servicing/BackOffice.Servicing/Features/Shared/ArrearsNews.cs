using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;
using BackOffice.Servicing.Persistence;

namespace BackOffice.Servicing.Features.Shared;

/// <summary>Tells Collections, in the same transaction as the change, when a loan's amount overdue or days past due moved.</summary>
internal static class ArrearsNews
{
    /// <summary>Publishes the loan's arrears when they differ from <paramref name="before"/> (taken before the change).</summary>
    public static void PublishIfChanged(ServicingDbContext db, LoanAccount loan, (int DaysPastDue, decimal AmountOverdue) before, DateTimeOffset now)
    {
        if (loan.ArrearsFigures != before)
        {
            Publish(db, loan, now);
        }
    }

    public static void Publish(ServicingDbContext db, LoanAccount loan, DateTimeOffset now) =>
        db.Publish(new LoanArrearsChangedIntegrationEvent(
            loan.Id, loan.LoanNumber, loan.AsOf, loan.Bucket, loan.DaysPastDue, loan.AmountOverdue, loan.OutstandingPrincipal,
            loan.EarlyWarningScore) { OccurredAt = now });
}
