namespace BackOffice.Origination.Features.Applications;

public sealed class VerifyForm
{
    public decimal? VerifiedIncome { get; set; }

    public decimal? VerifiedDebts { get; set; }

    /// <summary>The application's version when the page was shown.</summary>
    public Guid? Version { get; set; }
}
