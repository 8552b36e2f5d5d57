using BackOffice.Collections.Domain;

namespace BackOffice.Collections.Tests;

/// <summary>
/// Reg F §1006.34(b)(5): receipt is assumed 5 days after sending, not counting Saturdays, Sundays and the legal public
/// holidays of 5 U.S.C. 6103(a) (and their observed days); the validation period ends 30 days after; in the borrower's calendar.
/// </summary>
public sealed class ValidationPeriodTests
{
    private static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2026-12-04", "2026-12-11")] // a Friday: the weekend does not count
    [InlineData("2026-12-07", "2026-12-14")] // a Monday: the 5th business day is the next Monday
    [InlineData("2026-12-24", "2027-01-04")] // before Christmas (Fri 25th) and across New Year's Day (Fri 1st)
    [InlineData("2026-12-28", "2027-01-05")] // across New Year: Friday 1 January does not count
    [InlineData("2027-12-28", "2028-01-05")] // New Year's Day 2028 is a Saturday, kept on Friday 31 December 2027
    [InlineData("2027-07-01", "2027-07-09")] // Independence Day 2027 is a Sunday, kept on Monday 5 July
    [InlineData("2027-01-15", "2027-01-25")] // Martin Luther King Jr. Day, Monday 18 January 2027
    [InlineData("2026-11-23", "2026-12-01")] // Thanksgiving, Thursday 26 November 2026
    public void Receipt_is_assumed_5_business_days_after_sending(string sent, string received) =>
        Assert.Equal(D(received), ValidationPeriod.AssumedReceipt(D(sent)));

    [Fact]
    public void Validation_period_ends_30_days_after_the_assumed_receipt()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        Assert.Equal(D("2027-02-03"), ValidationPeriod.EndsOn(new DateTimeOffset(2026, 12, 24, 10, 0, 0, TimeSpan.FromHours(8)), zone));
    }

    [Fact]
    public void Validation_period_counts_from_the_borrowers_date_not_the_UTC_date()
    {
        // 03:00 UTC on Friday 4 December is 22:00 on Thursday 3 December in New York: receipt Thursday 10, not Friday 11.
        var sent = new DateTimeOffset(2026, 12, 4, 3, 0, 0, TimeSpan.Zero);
        Assert.Equal(D("2027-01-09"), ValidationPeriod.EndsOn(sent, TimeZoneInfo.FindSystemTimeZoneById("America/New_York")));
        Assert.Equal(D("2027-01-10"), ValidationPeriod.EndsOn(sent, TimeZoneInfo.Utc));
    }

    [Fact]
    public void The_legal_public_holidays_of_5_USC_6103a_fall_on_their_dates()
    {
        Assert.Equal(
            [D("2026-01-01"), D("2026-01-19"), D("2026-02-16"), D("2026-05-25"), D("2026-06-19"), D("2026-07-04"), D("2026-09-07"),
                D("2026-10-12"), D("2026-11-11"), D("2026-11-26"), D("2026-12-25")],
            UsLegalPublicHolidays.HolidaysOf(2026));
    }

    [Theory]
    [InlineData("2026-07-03", true)]  // Independence Day 2026 is a Saturday: kept on Friday 3 July
    [InlineData("2027-06-18", true)]  // Juneteenth 2027 is a Saturday: kept on Friday 18 June
    [InlineData("2027-12-31", true)]  // New Year's Day 2028 is a Saturday: kept on Friday 31 December 2027
    [InlineData("2026-12-31", false)] // New Year's Day 2027 is a Friday: the day before is a working day
    [InlineData("2026-11-27", false)] // the day after Thanksgiving is no federal holiday
    public void Observed_days_count_as_holidays(string day, bool holiday) =>
        Assert.Equal(holiday, UsLegalPublicHolidays.IsHoliday(D(day)));
}
