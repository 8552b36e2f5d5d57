namespace BackOffice.Servicing.Domain;

/// <summary>When the daily run starts by itself and how much it takes on at once (section "Servicing:CloseOfBusiness").</summary>
internal sealed class CloseOfBusinessOptions
{
    public const string SectionName = "Servicing:CloseOfBusiness";

    /// <summary>Run every day by itself; an operator can always start a run from the operations page.</summary>
    public bool Scheduled { get; set; } = true;

    /// <summary>The local time after which yesterday's business date is closed.</summary>
    public TimeOnly RunAt { get; set; } = new(0, 30);

    /// <summary>The time zone whose calendar the business dates follow.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>
    /// How long the host running the close of business holds the lease without renewing it (it renews after every
    /// batch); another host sharing the database takes over a run whose host stopped once this has passed.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Loans closed per transaction: larger is faster, smaller keeps other writers waiting less.</summary>
    public int BatchSize { get; set; } = 2_000;
}
