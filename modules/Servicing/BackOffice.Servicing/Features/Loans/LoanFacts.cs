using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Features.Loans;

/// <summary>The loan's terms, borrower, vehicle and current figures, as the loan page shows them.</summary>
internal sealed record LoanFacts(
    Guid Id,
    string LoanNumber,
    LoanStatus Status,
    string BorrowerName,
    string BorrowerPhone,
    int VehicleYear,
    string VehicleMake,
    string VehicleModel,
    string Vin,
    decimal AmountFinanced,
    string Currency,
    decimal AnnualRate,
    int TermMonths,
    decimal Apr,
    DateOnly BookedOn,
    decimal ScheduledPayment,
    decimal OutstandingPrincipal,
    decimal AmountOverdue,
    int DaysPastDue,
    string Bucket,
    decimal CreditBalance,
    decimal AccruedInterest,
    DateOnly ClosedThrough,
    int EarlyWarningScore,
    DateOnly? EarlyWarningSince,
    bool IsClosed,
    bool PlanInForce)
{
    public static LoanFacts Of(LoanAccount loan) => new(
        loan.Id, loan.LoanNumber, loan.Status, loan.Borrower.FullName, loan.Borrower.Phone, loan.Vehicle.Year, loan.Vehicle.Make,
        loan.Vehicle.Model, loan.Vehicle.Vin, loan.AmountFinanced, loan.Currency, loan.AnnualRate, loan.TermMonths, loan.Apr, loan.BookedOn,
        loan.ScheduledPayment, loan.OutstandingPrincipal, loan.AmountOverdue, loan.DaysPastDue, loan.Bucket, loan.CreditBalance,
        loan.AccruedInterest, loan.ClosedThrough, loan.EarlyWarningScore, loan.EarlyWarningSince, loan.IsClosed, loan.PlanInForce);
}
