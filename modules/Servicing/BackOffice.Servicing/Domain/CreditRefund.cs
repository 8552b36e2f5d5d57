namespace BackOffice.Servicing.Domain;

/// <summary>
/// Credit held on a loan paid back to the borrower. It is part of the loan's history the replay works from: it is
/// taken from the credit held right after the payments posted before it (<see cref="PaymentsBefore"/>), with credit
/// applied through <see cref="RefundedOn"/>, as it was when paid back, whatever is posted or reversed later.
/// </summary>
internal sealed class CreditRefund
{
    private CreditRefund()
    {
    }

    internal CreditRefund(
        Guid loanId, decimal amount, DateOnly refundedOn, int paymentsBefore, string reason, string refundedBy, DateTimeOffset refundedAt)
    {
        Id = Guid.CreateVersion7();
        LoanId = loanId;
        Amount = amount;
        RefundedOn = refundedOn;
        PaymentsBefore = paymentsBefore;
        Reason = reason;
        RefundedBy = refundedBy;
        RefundedAt = refundedAt;
    }

    public Guid Id { get; private set; }

    public Guid LoanId { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>The business date the loan stood at when it was paid back (the last one closed).</summary>
    public DateOnly RefundedOn { get; private set; }

    /// <summary>How many payments had been posted on the loan when it was paid back.</summary>
    public int PaymentsBefore { get; private set; }

    public string Reason { get; private set; } = "";

    public string RefundedBy { get; private set; } = "";

    public DateTimeOffset RefundedAt { get; private set; }
}
