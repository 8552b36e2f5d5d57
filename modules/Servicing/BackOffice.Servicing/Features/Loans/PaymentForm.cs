namespace BackOffice.Servicing.Features.Loans;

/// <summary>What an agent types to post a payment by hand.</summary>
public sealed class PaymentForm
{
    public string? Reference { get; set; }

    public decimal? Amount { get; set; }

    public DateOnly? ValueDate { get; set; }
}
