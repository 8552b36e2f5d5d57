namespace BackOffice.Servicing.Contracts;

/// <summary>
/// What a loan owes past its due dates as Servicing has it at this moment: the figures of the last business date
/// closed (<paramref name="AsOf"/>) with every payment, reversal, plan and refund since included. The overdue amount
/// is its parts to the cent; "nothing overdue" means no collection contact is due.
/// </summary>
public sealed record LoanArrears(
    Guid LoanId,
    string LoanNumber,
    string Currency,
    DateOnly AsOf,
    int DaysPastDue,
    decimal AmountOverdue,
    decimal PrincipalOverdue,
    decimal InterestOverdue,
    decimal FeesOverdue,
    decimal OutstandingPrincipal,
    string Bucket,
    string LoanStatus)
{
    public bool NothingOverdue => AmountOverdue == 0m;
}
