using BackOffice.Collections.Domain;

namespace BackOffice.Collections.Features.Home;

/// <summary>An open account in a queue.</summary>
internal sealed record QueuedAccount(
    Guid LoanId, string LoanNumber, string Queue, int Priority, int DaysPastDue, decimal AmountOverdue, CollectionAccountStatus Status);
