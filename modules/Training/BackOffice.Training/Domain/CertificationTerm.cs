namespace BackOffice.Training.Domain;

/// <summary>
/// How long a certification lasts: a number of calendar months, counted on the jurisdiction's clock. A certification
/// granted at 10:00 on 15 March for 12 months ends at 10:00 on 15 March of the next year, local time — its anniversary
/// — whatever the month lengths and leap years between. A start on a day the end month lacks (31 January + 1 month,
/// 29 February + 12 months) ends on that month's last day, as the calendar does.
/// </summary>
internal sealed record CertificationTerm(int Months, TimeZoneInfo Zone)
{
    public DateTimeOffset EndFrom(DateTimeOffset start)
    {
        var local = TimeZoneInfo.ConvertTime(start, Zone).DateTime.AddMonths(Months);

        // A local time the clocks skip (spring forward) does not exist: the anniversary is the first moment after the gap.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }
}
