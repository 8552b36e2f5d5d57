using BackOffice.Collections.Domain;

namespace BackOffice.Collections.Features.Home;

/// <summary>An open account in a queue, with the version a manager's assignment form sends back.</summary>
internal sealed record QueuedAccount(
    Guid LoanId, string LoanNumber, string Queue, int Priority, int DaysPastDue, decimal AmountOverdue, CollectionAccountStatus Status,
    Guid Version);
