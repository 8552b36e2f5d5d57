namespace BackOffice.BuildingBlocks.Time;

public static class TimeProviderExtensions
{
    /// <summary>Today's calendar date in UTC, the default business date until Servicing keeps its own.</summary>
    public static DateOnly UtcToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
