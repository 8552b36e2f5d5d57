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
    /// How long a lease holder may stay silent before another host takes the lease over (and resumes its run). The
    /// holder renews it with every batch and on a timer (<see cref="HeartbeatEvery"/>), so only a stopped host —
    /// killed, frozen, cut off — goes silent that long.
    /// </summary>
    public TimeSpan LeaseTakeoverAfter { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Three heartbeats fit in the takeover time, so one late or lost heartbeat does not give the lease away.</summary>
    public TimeSpan HeartbeatEvery => LeaseTakeoverAfter / 3;

    /// <summary>Loans closed per transaction: larger is faster, smaller keeps other writers waiting less.</summary>
    public int BatchSize { get; set; } = 2_000;
}
