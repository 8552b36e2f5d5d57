using BackOffice.BuildingBlocks.Persistence;

namespace BackOffice.Collections.Domain;

/// <summary>
/// A delinquent loan as Collections sees it: opened when Servicing reports it past due, updated as its bucket
/// moves, stood down while a repayment plan is in force, closed when it is cured.
/// </summary>
internal sealed class CollectionAccount : IVersioned
{
    private CollectionAccount()
    {
    }

    public CollectionAccount(Guid loanId, string loanNumber, DateOnly openedOn)
    {
        LoanId = loanId;
        LoanNumber = loanNumber;
        OpenedOn = openedOn;
        Status = CollectionAccountStatus.Open;
    }

    public Guid LoanId { get; private set; }

    public string LoanNumber { get; private set; } = "";

    public CollectionAccountStatus Status { get; private set; }

    public string Bucket { get; private set; } = "";

    public int DaysPastDue { get; private set; }

    public decimal AmountOverdue { get; private set; }

    public decimal OutstandingPrincipal { get; private set; }

    public int EarlyWarningScore { get; private set; }

    public DateOnly OpenedOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? CloseReason { get; private set; }

    /// <summary>The business date of the last fact applied; older facts delivered late are ignored.</summary>
    public DateOnly AsOf { get; private set; }

    public string Queue { get; private set; } = "unsorted";

    public int Priority { get; private set; }

    public int BrokenPromises { get; private set; }

    public string? AssignedTo { get; private set; }

    public DateTimeOffset? AssignedAt { get; private set; }

    /// <summary>
    /// Changes with every visit request and assignment on the account: two collectors asking at once cannot both pass,
    /// and a manager assigning from what they saw is told when someone else assigned it first. (Allowed clearances mark
    /// the debtor, whose limits count collectors and the care team together.)
    /// </summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Place(CollectionStrategy strategy) =>
        (Queue, Priority) = strategy.Place(DaysPastDue, AmountOverdue, EarlyWarningScore, BrokenPromises);

    public void PromiseBroken(CollectionStrategy strategy)
    {
        BrokenPromises++;
        Place(strategy);
    }

    public void AssignTo(string collectorId, DateTimeOffset at)
    {
        AssignedTo = collectorId;
        AssignedAt = at;
    }

    public void Unassign()
    {
        AssignedTo = null;
        AssignedAt = null;
    }

    /// <summary>Marks a decision that depends on the account (a visit request), so a concurrent one working from the same facts is decided again.</summary>
    public void Touch() => Version = Guid.NewGuid();

    public void Update(DateOnly asOf, string bucket, int daysPastDue, decimal amountOverdue, decimal outstandingPrincipal, int earlyWarningScore)
    {
        if (asOf < AsOf)
        {
            return;
        }

        AsOf = asOf;
        Bucket = bucket;
        DaysPastDue = daysPastDue;
        AmountOverdue = amountOverdue;
        OutstandingPrincipal = outstandingPrincipal;
        EarlyWarningScore = earlyWarningScore;
        if (Status == CollectionAccountStatus.Closed)
        {
            Status = CollectionAccountStatus.Open;
            ClosedOn = null;
            CloseReason = null;
        }
    }

    /// <summary>
    /// Follows Servicing's arrears as of a business date: the figures (for the queue and reports; what a collector
    /// sees and a message states is read from Servicing at that moment) and the place the strategy gives them. An open
    /// account with nothing overdue leaves the queue and the collector's list at once, closed for
    /// <paramref name="closeReason"/>; arrears that come back (a reversal) reopen it. A fact older than the last one
    /// applied changes nothing; one of the same business date is newer (it was published later for this loan).
    /// </summary>
    public void Follow(DateOnly asOf, string bucket, int daysPastDue, decimal amountOverdue, decimal outstandingPrincipal, int earlyWarningScore,
        string closeReason, CollectionStrategy strategy)
    {
        if (asOf < AsOf)
        {
            return;
        }

        if (daysPastDue == 0)
        {
            (AsOf, Bucket, DaysPastDue, AmountOverdue, OutstandingPrincipal) = (asOf, bucket, 0, amountOverdue, outstandingPrincipal);
            // A plan in force leaves nothing overdue by moving it: the account stays stood down, to resume if the plan breaks.
            if (Status == CollectionAccountStatus.Open)
            {
                Close(asOf, closeReason);
            }

            return;
        }

        Update(asOf, bucket, daysPastDue, amountOverdue, outstandingPrincipal, earlyWarningScore);
        Place(strategy);
    }

    public void StandDown() => Status = Status == CollectionAccountStatus.Closed ? Status : CollectionAccountStatus.StoodDown;

    public void Resume() => Status = Status == CollectionAccountStatus.StoodDown ? CollectionAccountStatus.Open : Status;

    public void Close(DateOnly on, string reason)
    {
        Status = CollectionAccountStatus.Closed;
        Unassign();
        ClosedOn = on;
        CloseReason = reason;
        AsOf = on > AsOf ? on : AsOf;
    }
}
