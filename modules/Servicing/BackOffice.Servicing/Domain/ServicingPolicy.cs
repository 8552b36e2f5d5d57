namespace BackOffice.Servicing.Domain;

/// <summary>How interest counts days: 30/360 (every month 30 days, the default) or actual days over 365.</summary>
public enum DayCountConvention
{
    Thirty360,
    Actual365,
}

/// <summary>What a payment beyond everything due and the next installment does.</summary>
public enum OverpaymentTreatment
{
    /// <summary>Repays principal of the last installments first, so the term shortens.</summary>
    PrepayPrincipal,

    /// <summary>Held on the account and applied to installments as they fall due.</summary>
    HoldAsCredit,
}

/// <summary>
/// The servicing rules that are business choices, not code (configuration section "Servicing"): day count,
/// grace period and late fee, delinquency buckets, the early-warning scorecard and the plan approval limits.
/// </summary>
public sealed class ServicingPolicy
{
    public const string SectionName = "Servicing";

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

    public EarlyWarningScorecard EarlyWarning { get; set; } = new();

    public PlanApprovalLimits PlanApproval { get; set; } = new();

    public OverpaymentTreatment OverpaymentFor(string productCode) =>
        CreditHoldingProducts.Contains(productCode, StringComparer.OrdinalIgnoreCase) ? OverpaymentTreatment.HoldAsCredit : OverpaymentTreatment.PrepayPrincipal;

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

public static class DelinquencyBuckets
{
    public const string Current = "current";
}

/// <summary>
/// A points scorecard, transparent on purpose: every point comes with the reason shown to the care team.
/// A loan at or above <see cref="RaiseAt"/> goes on the early-warning worklist.
/// </summary>
public sealed class EarlyWarningScorecard
{
    public int RaiseAt { get; set; } = 40;

    /// <summary>How many of the latest due installments the history looks back over.</summary>
    public int LookBackInstallments { get; set; } = 6;

    public int PointsPerLatePayment { get; set; } = 15;

    public int PointsPerPartialPayment { get; set; } = 10;

    /// <summary>Average days after the due date the latest installments were paid, above which drift counts.</summary>
    public int DriftDays { get; set; } = 3;

    public int PointsForDrift { get; set; } = 15;

    public decimal HighPaymentToIncome { get; set; } = 0.40m;

    public int PointsForHighPaymentToIncome { get; set; } = 15;

    public int PointsPerBrokenPromise { get; set; } = 20;

    /// <summary>Unsuccessful collection contacts (no answer, refused) reported by Collections.</summary>
    public int PointsPerFailedContact { get; set; } = 5;

    public int MaxPointsPerFactor { get; set; } = 45;
}

/// <summary>Above any of these a repayment plan needs a second person's approval (maker–checker).</summary>
public sealed class PlanApprovalLimits
{
    public int MaxDeferredInstallments { get; set; } = 2;

    public int MaxExtensionMonths { get; set; } = 6;

    public decimal MaxReamortisedAmount { get; set; } = 20_000m;
}
