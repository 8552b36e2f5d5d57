namespace BackOffice.Servicing.Domain;

/// <summary>Above any of these a repayment plan needs a second person's approval (maker–checker).</summary>
internal sealed class PlanApprovalLimits
{
    public int MaxDeferredInstallments { get; set; } = 2;

    public int MaxExtensionMonths { get; set; } = 6;

    public decimal MaxReamortisedAmount { get; set; } = 20_000m;
}
