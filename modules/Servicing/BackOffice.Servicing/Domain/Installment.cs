namespace BackOffice.Servicing.Domain;

/// <summary>
/// One installment of a loan's schedule: what is owed on its due date (principal, interest, a late fee once
/// charged) and what payments have covered. The paid amounts are derived from the loan's allocations.
/// </summary>
internal sealed class Installment
{
    private Installment()
    {
    }

    internal Installment(Guid loanId, int number, DateOnly dueDate, decimal principal, decimal interest)
    {
        LoanId = loanId;
        Number = number;
        DueDate = dueDate;
        Principal = principal;
        Interest = interest;
    }

    public Guid LoanId { get; private set; }

    public int Number { get; private set; }

    public DateOnly DueDate { get; internal set; }

    public decimal Principal { get; internal set; }

    public decimal Interest { get; internal set; }

    public decimal Fee { get; internal set; }

    public DateOnly? FeeChargedOn { get; private set; }

    public decimal PrincipalPaid { get; internal set; }

    public decimal InterestPaid { get; internal set; }

    public decimal FeePaid { get; internal set; }

    /// <summary>
    /// Scheduled interest not owed after all: what principal repaid before its due date would have earned after
    /// the day it came back (the whole of it when the term shortened), the part not yet earned at an early payoff.
    /// </summary>
    public decimal InterestWaived { get; internal set; }

    /// <summary>
    /// Interest billed on installments already due that a plan moved onto this one: it stays receivable (it was
    /// income when it fell due) instead of accruing again. Part of <see cref="Interest"/>.
    /// </summary>
    public decimal BilledInterestCarried { get; internal set; }

    /// <summary>
    /// Interest moved between installments when one is paid ahead: it pays only the interest earned by the payment
    /// date, and what the principal still out earns from then to its due date is owed with the next installment
    /// instead (negative on the one paid ahead, positive on the next; they sum to zero over the loan).
    /// </summary>
    public decimal InterestCarried { get; internal set; }

    /// <summary>
    /// Principal moved with <see cref="InterestCarried"/>: the next installment, owing the interest carried onto it,
    /// repays that much less principal and the last installment that much more — so every installment still asks
    /// for its scheduled payment, and a borrower who pays it a few days early is never behind (negative on the next,
    /// positive on the last; they sum to zero over the loan).
    /// </summary>
    public decimal PrincipalCarried { get; internal set; }

    public DateOnly? PaidOn { get; internal set; }

    public InstallmentStatus Status { get; internal set; }

    public decimal ScheduledPayment => Principal + Interest;

    public decimal PrincipalOwed => Principal + PrincipalCarried - PrincipalPaid;

    public decimal InterestOwed => Interest + InterestCarried - InterestPaid - InterestWaived;

    public decimal FeeOwed => Fee - FeePaid;

    /// <summary>Principal and interest still owed: what makes the installment late when it is past due.</summary>
    public decimal ScheduledOwed => PrincipalOwed + InterestOwed;

    public decimal Owed => PrincipalOwed + InterestOwed + FeeOwed;

    public bool IsSettled => Owed == 0m;

    internal void ChargeLateFee(decimal fee, DateOnly on)
    {
        Fee += fee;
        FeeChargedOn = on;
    }

    /// <summary>A plan moved fees onto this installment: they are owed from the plan's date, as if charged then.</summary>
    internal void SetFee(decimal fee, DateOnly on)
    {
        if (fee > Fee)
        {
            FeeChargedOn ??= on;
        }

        Fee = fee;
    }

    internal void ClearPayments()
    {
        PrincipalPaid = 0m;
        InterestPaid = 0m;
        FeePaid = 0m;
        InterestWaived = 0m;
        InterestCarried = 0m;
        PrincipalCarried = 0m;
        PaidOn = null;
    }

    /// <summary>Where the installment stands at the end of <paramref name="businessDate"/>.</summary>
    internal void MarkStatus(DateOnly businessDate) =>
        Status = IsSettled ? InstallmentStatus.Paid
            : DueDate > businessDate ? InstallmentStatus.Scheduled
            : DueDate == businessDate ? InstallmentStatus.Due
            : InstallmentStatus.Overdue;
}
