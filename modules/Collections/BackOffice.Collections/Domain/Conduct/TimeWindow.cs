namespace BackOffice.Collections.Domain.Conduct;

/// <summary>A span of local time of day; it may run past midnight (22:00–08:00).</summary>
internal sealed record TimeWindow(TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly time) => From <= To ? time >= From && time < To : time >= From || time < To;
}
