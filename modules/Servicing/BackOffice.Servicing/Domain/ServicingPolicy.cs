namespace BackOffice.Servicing.Domain;

/// <summary>
/// The servicing rules that are business choices, not code (configuration section "Servicing"): day count,
/// grace period and late fee, allocation order, overpayments, delinquency buckets, the early-warning scorecard,
/// the plan approval limits and the longest a loan may run. The pack is the root "PolicyPack" setting; the host
/// copies it here.
/// </summary>
internal sealed class ServicingPolicy
{
    public const string SectionName = "Servicing";

    public string PolicyPack { get; set; } = BuildingBlocks.PolicyPackOptions.China;

    /// <summary>The order a payment pays an installment's parts in; by default the pack's (<see cref="Allocation"/>).</summary>
    public AllocationOrder? AllocationOrder { get; set; }

    public DayCountConvention DayCount { get; set; } = DayCountConvention.Thirty360;

    /// <summary>Days after the due date before a late fee is charged.</summary>
    public int GraceDays { get; set; } = 5;

    /// <summary>The late fee as a share of the installment's scheduled payment…</summary>
    public decimal LateFeeRate { get; set; } = 0.05m;

    /// <summary>…never more than this amount per installment.</summary>
    public decimal LateFeeCap { get; set; } = 200m;

    /// <summary>Lower bounds (days past due) of the delinquent buckets; below the first the loan is current.</summary>
    public IList<int> BucketStarts { get; set; } = [1, 30, 60, 90];

    /// <summary>Days past due at which an unpaid loan is charged off.</summary>
    public int ChargeOffDays { get; set; } = 180;

    /// <summary>Days past due on an installment that break a repayment plan in force.</summary>
    public int PlanBreakDays { get; set; } = 30;

    /// <summary>Products whose overpayments are held as credit; every other product prepays principal.</summary>
    public IList<string> CreditHoldingProducts { get; set; } = [];

    /// <summary>
    /// What a credit-holding product keeps as credit beyond the payoff (owed back to the borrower), in the loan's
    /// currency; a payment that would leave more is refused. Other products take nothing beyond the payoff.
    /// </summary>
    public decimal CreditAbovePayoffLimit { get; set; } = 1_000m;

    public EarlyWarningScorecard EarlyWarning { get; set; } = new();

    public PlanApprovalLimits PlanApproval { get; set; } = new();

    /// <summary>The accounting basis and the chart of accounts ("Servicing:Ledger").</summary>
    public Ledger.ChartOfAccounts Ledger { get; set; } = new();

    /// <summary>
    /// US: interest and principal before late fees (16 CFR 444.4, no pyramiding of late charges); CN: fees first.
    /// </summary>
    public AllocationOrder Allocation =>
        AllocationOrder ?? (string.Equals(PolicyPack, BuildingBlocks.PolicyPackOptions.UnitedStates, StringComparison.OrdinalIgnoreCase)
            ? Domain.AllocationOrder.FeesLast
            : Domain.AllocationOrder.FeesFirst);

    /// <summary>What a payment may leave as credit once the loan is paid off.</summary>
    public decimal CreditAbovePayoffFor(OverpaymentTreatment treatment) =>
        treatment == OverpaymentTreatment.HoldAsCredit ? CreditAbovePayoffLimit : 0m;

    /// <summary>
    /// The longest a loan of a product may run, from booking to its last due date, extensions and deferrals included
    /// ("Servicing:MaxTermMonths:USED-STD": 36). A product not named here gets its pack's limit (<see cref="TermLimits"/>).
    /// </summary>
    public IDictionary<string, int> MaxTermMonths { get; set; } = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

    public int MaxTermMonthsFor(string productCode) =>
        MaxTermMonths.FirstOrDefault(p => string.Equals(p.Key, productCode, StringComparison.OrdinalIgnoreCase)) is { Key: not null } configured
            ? configured.Value
            : TermLimits.For(PolicyPack, productCode);

    /// <summary>Names every product of the pack with its limit, so the administrators' page shows the limits in force.</summary>
    internal void UsePack(string pack)
    {
        PolicyPack = pack;
        foreach (var (product, months) in TermLimits.Of(pack))
        {
            if (!MaxTermMonths.Keys.Any(k => string.Equals(k, product, StringComparison.OrdinalIgnoreCase)))
            {
                MaxTermMonths[product] = months;
            }
        }
    }

    public OverpaymentTreatment OverpaymentFor(string productCode) =>
        CreditHoldingProducts.Contains(productCode, StringComparer.OrdinalIgnoreCase)
            ? OverpaymentTreatment.HoldAsCredit
            : OverpaymentTreatment.PrepayPrincipal;

    /// <summary>The bucket for a number of days past due: "current", or the range it falls in, e.g. "30-59", "90+".</summary>
    public string BucketFor(int daysPastDue)
    {
        if (BucketStarts.Count == 0 || daysPastDue < BucketStarts[0])
        {
            return DelinquencyBuckets.Current;
        }

        for (var i = BucketStarts.Count - 1; i >= 0; i--)
        {
            if (daysPastDue >= BucketStarts[i])
            {
                return i == BucketStarts.Count - 1 ? $"{BucketStarts[i]}+" : $"{BucketStarts[i]}-{BucketStarts[i + 1] - 1}";
            }
        }

        return DelinquencyBuckets.Current;
    }
}
