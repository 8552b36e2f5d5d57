namespace BackOffice.Collections.Domain;

/// <summary>One rule of the strategy: accounts that match go to <see cref="Queue"/> at <see cref="Priority"/>.</summary>
internal sealed class StrategyRule
{
    public string Queue { get; set; } = "";

    public int Priority { get; set; }

    public int MinDaysPastDue { get; set; }

    public int MaxDaysPastDue { get; set; } = int.MaxValue;

    public decimal MinAmountOverdue { get; set; }

    public int MinEarlyWarningScore { get; set; }
}
