namespace BackOffice.Servicing.Domain;

/// <summary>Interest for a span of days under a day-count convention.</summary>
internal static class DayCount
{
    /// <summary>Days between two dates: 30/360 counts every month as 30 days (US/NASD rule for month ends).</summary>
    public static int Days(DateOnly from, DateOnly to, DayCountConvention convention)
    {
        if (convention == DayCountConvention.Actual365)
        {
            return to.DayNumber - from.DayNumber;
        }

        var d1 = Math.Min(from.Day, 30);
        var d2 = to.Day == 31 && d1 == 30 ? 30 : to.Day;
        return (to.Year - from.Year) * 360 + (to.Month - from.Month) * 30 + (d2 - d1);
    }

    public static decimal YearFraction(DateOnly from, DateOnly to, DayCountConvention convention) =>
        Days(from, to, convention) / (convention == DayCountConvention.Actual365 ? 365m : 360m);
}
