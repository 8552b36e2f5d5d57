namespace BackOffice.Servicing.Domain;

/// <summary>The part of a payment that went to one component of one installment (or to credit).</summary>
internal sealed class Allocation
{
    private Allocation()
    {
    }

    internal Allocation(Guid loanId, Guid paymentId, int? installmentNumber, AllocationComponent component, decimal amount)
    {
        LoanId = loanId;
        PaymentId = paymentId;
        InstallmentNumber = installmentNumber;
        Component = component;
        Amount = amount;
    }

    public long Id { get; private set; }

    public Guid LoanId { get; private set; }

    public Guid PaymentId { get; private set; }

    public int? InstallmentNumber { get; private set; }

    public AllocationComponent Component { get; private set; }

    public decimal Amount { get; internal set; }
}
