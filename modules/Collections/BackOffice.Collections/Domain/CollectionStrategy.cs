namespace BackOffice.Collections.Domain;

/// <summary>
/// Puts accounts into queues in priority order (section "Collections:Strategy"): the first rule that matches
/// wins; each broken promise raises the priority.
/// </summary>
internal sealed class CollectionStrategy
{
    public const string SectionName = "Collections:Strategy";

    public IList<StrategyRule> Rules { get; set; } =
    [
        new() { Queue = "recovery", Priority = 90, MinDaysPastDue = 90 },
        new() { Queue = "late", Priority = 70, MinDaysPastDue = 60 },
        new() { Queue = "high-balance", Priority = 60, MinDaysPastDue = 30, MinAmountOverdue = 20_000m },
        new() { Queue = "mid", Priority = 50, MinDaysPastDue = 30 },
        new() { Queue = "early-risky", Priority = 40, MinDaysPastDue = 1, MinEarlyWarningScore = 40 },
        new() { Queue = "early", Priority = 30, MinDaysPastDue = 1 },
    ];

    public int BrokenPromiseWeight { get; set; } = 10;

    /// <summary>Accounts one collector works at most; automatic assignment stops there.</summary>
    public int CollectorCapacity { get; set; } = 60;

    public (string Queue, int Priority) Place(int daysPastDue, decimal amountOverdue, int earlyWarningScore, int brokenPromises)
    {
        var rule = Rules.FirstOrDefault(r => daysPastDue >= r.MinDaysPastDue && daysPastDue <= r.MaxDaysPastDue
            && amountOverdue >= r.MinAmountOverdue && earlyWarningScore >= r.MinEarlyWarningScore);
        return rule is null ? ("unsorted", 0) : (rule.Queue, rule.Priority + BrokenPromiseWeight * brokenPromises);
    }
}
