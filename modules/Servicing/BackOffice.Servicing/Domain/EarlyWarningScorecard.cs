namespace BackOffice.Servicing.Domain;

/// <summary>
/// A points scorecard, transparent on purpose: every point comes with the reason shown to the care team.
/// A loan at or above <see cref="RaiseAt"/> goes on the early-warning worklist.
/// </summary>
internal sealed class EarlyWarningScorecard
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
