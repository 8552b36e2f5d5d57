using BackOffice.Collections.Domain;

namespace BackOffice.Collections.Features.Accounts;

/// <summary>The account as the work page shows it.</summary>
internal sealed record WorkAccount(
    Guid LoanId,
    string LoanNumber,
    CollectionAccountStatus Status,
    int DaysPastDue,
    string Bucket,
    decimal AmountOverdue,
    decimal OutstandingPrincipal,
    string Queue,
    int Priority);
