namespace BackOffice.Collections.Domain;

/// <summary>
/// The legal public holidays of 5 U.S.C. 6103(a), which Reg F §1006.34(b)(5) leaves out of the 5 days before a validation
/// notice is assumed received. A holiday on a Saturday is also kept on the Friday before, one on a Sunday on the Monday
/// after (6103(b)): both days count as holidays here, so the assumed receipt is never earlier than the law allows.
/// Inauguration Day (6103(c)) is a holiday only around Washington, D.C., and is left out.
/// </summary>
internal static class UsLegalPublicHolidays
{
    public static bool IsHoliday(DateOnly day) =>
        HolidaysOf(day.Year).Concat(HolidaysOf(day.Year + 1)).Any(h => h == day || Observed(h) == day);

    /// <summary>The days themselves, as 6103(a) names them.</summary>
    public static IEnumerable<DateOnly> HolidaysOf(int year) =>
    [
        new(year, 1, 1),                                   // New Year's Day
        Nth(year, 1, DayOfWeek.Monday, 3),                 // Birthday of Martin Luther King, Jr.
        Nth(year, 2, DayOfWeek.Monday, 3),                 // Washington's Birthday
        Last(year, 5, DayOfWeek.Monday),                   // Memorial Day
        new(year, 6, 19),                                  // Juneteenth National Independence Day
        new(year, 7, 4),                                   // Independence Day
        Nth(year, 9, DayOfWeek.Monday, 1),                 // Labor Day
        Nth(year, 10, DayOfWeek.Monday, 2),                // Columbus Day
        new(year, 11, 11),                                 // Veterans Day
        Nth(year, 11, DayOfWeek.Thursday, 4),              // Thanksgiving Day
        new(year, 12, 25),                                 // Christmas Day
    ];

    /// <summary>6103(b): a Saturday holiday is observed on the Friday before, a Sunday one on the Monday after.</summary>
    private static DateOnly Observed(DateOnly holiday) => holiday.DayOfWeek switch
    {
        DayOfWeek.Saturday => holiday.AddDays(-1),
        DayOfWeek.Sunday => holiday.AddDays(1),
        _ => holiday,
    };

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)weekday - (int)first.DayOfWeek + 7) % 7 + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }
}
