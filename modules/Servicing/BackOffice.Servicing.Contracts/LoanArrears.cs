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
    /// <summary>
    /// No principal or interest is past due. Late fees alone leave a loan current (its days past due are 0 in every
    /// pack, after 16 CFR 444.4(a)), so they are no reason to collect; they stay owed and are shown.
    /// </summary>
    public bool NothingOverdue => PrincipalOverdue == 0m && InterestOverdue == 0m;
}
