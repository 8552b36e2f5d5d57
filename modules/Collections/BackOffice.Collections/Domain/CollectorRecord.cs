namespace BackOffice.Collections.Domain;

/// <summary>One fact for a collector's scorecard, kept when it happens (the assignment may change later).</summary>
internal sealed class CollectorRecord
{
    private CollectorRecord()
    {
    }

    public CollectorRecord(string collectorId, Guid loanId, CollectorRecordKind kind, decimal amount, DateTimeOffset at, string reference)
    {
        Id = Guid.CreateVersion7();
        CollectorId = collectorId;
        LoanId = loanId;
        Kind = kind;
        Amount = amount;
        At = at;
        Reference = reference;
    }

    public Guid Id { get; private set; }

    public string CollectorId { get; private set; } = "";

    public Guid LoanId { get; private set; }

    public CollectorRecordKind Kind { get; private set; }

    public decimal Amount { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Reference { get; private set; } = "";
}
