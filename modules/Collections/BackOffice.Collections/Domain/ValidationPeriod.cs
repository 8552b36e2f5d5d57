namespace BackOffice.Collections.Domain;

/// <summary>
/// US Reg F §1006.34(b)(5): the validation period ends 30 days after the consumer receives the validation information,
/// and receipt may be assumed no earlier than 5 days after sending, not counting Saturdays, Sundays and the legal public
/// holidays of 5 U.S.C. 6103(a). All dates are the borrower's calendar days (their time zone, not UTC).
/// </summary>
internal static class ValidationPeriod
{
    public const int DaysToAssumedReceipt = 5;

    public const int DaysAfterReceipt = 30;

    /// <summary>The date a notice sent on <paramref name="sentOn"/> (borrower's date) is assumed received.</summary>
    public static DateOnly AssumedReceipt(DateOnly sentOn)
    {
        var day = sentOn;
        for (var counted = 0; counted < DaysToAssumedReceipt;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !UsLegalPublicHolidays.IsHoliday(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>The last day of the validation period for a notice sent at <paramref name="sentAt"/> to a borrower in <paramref name="zone"/>.</summary>
    public static DateOnly EndsOn(DateTimeOffset sentAt, TimeZoneInfo zone) =>
        AssumedReceipt(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sentAt, zone).DateTime)).AddDays(DaysAfterReceipt);
}
