namespace BackOffice.Servicing.Domain;

/// <summary>
/// Credit held on a loan paid back to the borrower. It is part of the loan's history the replay works from: the
/// credit at <see cref="RefundedOn"/> is lowered by it, whatever is posted or reversed later.
/// </summary>
internal sealed class CreditRefund
{
    private CreditRefund()
    {
    }

    internal CreditRefund(Guid loanId, decimal amount, DateOnly refundedOn, string reason, string refundedBy, DateTimeOffset refundedAt)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        Amount = amount;
        RefundedOn = refundedOn;
        Reason = reason;
        RefundedBy = refundedBy;
        RefundedAt = refundedAt;
    }

    public Guid Id { get; private set; }

    public Guid LoanId { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>The business date it was paid back on.</summary>
    public DateOnly RefundedOn { get; private set; }

    public string Reason { get; private set; } = "";

    public string RefundedBy { get; private set; } = "";

    public DateTimeOffset RefundedAt { get; private set; }
}
