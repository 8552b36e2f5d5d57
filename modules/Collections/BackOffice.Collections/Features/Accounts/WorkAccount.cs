using BackOffice.Collections.Domain;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>
/// The account as the work page shows it: the arrears as Servicing has them at this moment (as of the last business
/// date closed, payments since included), the queue as Collections placed it.
/// </summary>
internal sealed record WorkAccount(
    Guid LoanId,
    string LoanNumber,
    CollectionAccountStatus Status,
    int DaysPastDue,
    string Bucket,
    decimal AmountOverdue,
    decimal PrincipalOverdue,
    decimal InterestOverdue,
    decimal FeesOverdue,
    DateOnly AsOf,
    decimal OutstandingPrincipal,
    string Queue,
    int Priority);
