namespace BackOffice.Origination.Domain.Pricing;

/// <summary>One monthly installment: number (1-based), principal and interest.</summary>
internal sealed record Installment(int Number, decimal Principal, decimal Interest)
{
    public decimal Payment => Principal + Interest;
}
