namespace BackOffice.Origination.Features.Applications;

public sealed class VerifyForm
{
    public decimal? VerifiedIncome { get; set; }

    public decimal? VerifiedDebts { get; set; }
}
