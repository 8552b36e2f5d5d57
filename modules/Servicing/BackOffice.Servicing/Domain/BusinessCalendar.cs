using Microsoft.Extensions.Options;

namespace BackOffice.Servicing.Domain;

/// <summary>
/// Calendar dates in the business's time zone, from the clock: today, and the business date the daily run
/// closes now (yesterday, once the configured time has passed; the day before otherwise).
/// </summary>
internal sealed class BusinessCalendar(IOptions<CloseOfBusinessOptions> options, TimeProvider clock)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today => DateOnly.FromDateTime(Local);

    public DateOnly DateToCloseNow()
    {
        var local = Local;
        var today = DateOnly.FromDateTime(local);
        return (TimeOnly.FromDateTime(local) >= options.Value.RunAt ? today : today.AddDays(-1)).AddDays(-1);
    }

    private DateTime Local => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime;
}
