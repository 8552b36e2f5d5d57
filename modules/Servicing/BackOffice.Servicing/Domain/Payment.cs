using BackOffice.Servicing.Contracts;

namespace BackOffice.Servicing.Domain;

/// <summary>
/// Money received for a loan. Its external reference (the bank's or the gateway's) makes posting idempotent:
/// the same reference is never posted twice. A returned payment is reversed, never deleted.
/// </summary>
internal sealed class Payment
{
    private Payment()
    {
    }

    internal Payment(Guid loanId, int sequence, string externalReference, decimal amount, DateOnly valueDate, PaymentChannel channel,
        string postedBy, DateTimeOffset postedAt)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        Sequence = sequence;
        ExternalReference = externalReference;
        Amount = amount;
        ValueDate = valueDate;
        Channel = channel;
        PostedBy = postedBy;
        PostedAt = postedAt;
    }

    internal static Payment Recovery(Guid loanId, int sequence, string externalReference, decimal amount, DateOnly valueDate,
        PaymentChannel channel, string postedBy, DateTimeOffset postedAt) =>
        new(loanId, sequence, externalReference, amount, valueDate, channel, postedBy, postedAt) { IsRecovery = true };

    public Guid Id { get; private set; }

    public Guid LoanId { get; private set; }

    /// <summary>Order of posting on the loan; breaks ties between payments of the same value date.</summary>
    public int Sequence { get; private set; }

    public string ExternalReference { get; private set; } = "";

    public decimal Amount { get; private set; }

    public DateOnly ValueDate { get; private set; }

    public PaymentChannel Channel { get; private set; }

    /// <summary>Money received after the loan was charged off: recovery income, not allocated to the schedule.</summary>
    public bool IsRecovery { get; private set; }

    public string PostedBy { get; private set; } = "";

    public DateTimeOffset PostedAt { get; private set; }

    public DateTimeOffset? ReversedAt { get; private set; }

    public string? ReversedBy { get; private set; }

    public string? ReversalReason { get; private set; }

    public bool IsReversed => ReversedAt is not null;

    internal void Reverse(string reason, string by, DateTimeOffset at)
    {
        ReversalReason = reason;
        ReversedBy = by;
        ReversedAt = at;
    }

    /// <summary>A reversal the loan refused after all (it would take back credit already paid back).</summary>
    internal void UndoReverse()
    {
        ReversalReason = null;
        ReversedBy = null;
        ReversedAt = null;
    }
}
