using BackOffice.BuildingBlocks.Persistence;

namespace BackOffice.Collections.Domain;

/// <summary>A borrower's promise to pay an amount by a date; payments decide whether it was kept.</summary>
internal sealed class PromiseToPay : IVersioned
{
    private PromiseToPay()
    {
    }

    public PromiseToPay(Guid loanId, Guid attemptId, string collectorId, decimal amount, DateOnly dueOn, DateTimeOffset madeAt)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        AttemptId = attemptId;
        CollectorId = collectorId;
        Amount = amount;
        DueOn = dueOn;
        MadeAt = madeAt;
    }

    public Guid Id { get; private set; }

    public Guid Version { get; private set; }

    public Guid LoanId { get; private set; }

    public Guid AttemptId { get; private set; }

    public string CollectorId { get; private set; } = "";

    public decimal Amount { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset MadeAt { get; private set; }

    public decimal Paid { get; private set; }

    public PromiseStatus Status { get; private set; }

    /// <summary>A payment dated by the promised date counts toward it; enough of them keep it.</summary>
    public void Count(decimal amount, DateOnly valueDate)
    {
        if (Status != PromiseStatus.Open || valueDate > DueOn)
        {
            return;
        }

        Paid += amount;
        if (Paid >= Amount)
        {
            Status = PromiseStatus.Kept;
        }
    }

    /// <summary>The promised date has passed without the money: broken. True when this call broke it.</summary>
    public bool BreakIfDue(DateOnly today)
    {
        if (Status != PromiseStatus.Open || today <= DueOn)
        {
            return false;
        }

        Status = PromiseStatus.Broken;
        return true;
    }
}
