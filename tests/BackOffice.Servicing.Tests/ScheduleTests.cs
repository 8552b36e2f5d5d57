using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

public sealed class ScheduleTests
{
    [Fact]
    public void Declining_balance_schedule_principal_sums_to_the_amount_financed()
    {
        var schedule = LoanSchedule.Build(100_000m, 0.0599m, InterestMethod.DecliningBalance, 36, TestLoans.Booked, TestLoans.Booked.AddMonths(1),
            DayCountConvention.Thirty360, "CNY");

        Assert.Equal(36, schedule.Count);
        Assert.Equal(100_000m, schedule.Sum(s => s.Principal));
        Assert.Equal(3_041.74m, schedule[0].Payment);
        Assert.Equal(499.17m, schedule[0].Interest);
    }

    [Fact]
    public void Last_installment_absorbs_rounding()
    {
        var schedule = LoanSchedule.Build(10_000m, 0.10m, InterestMethod.DecliningBalance, 7, TestLoans.Booked, TestLoans.Booked.AddMonths(1),
            DayCountConvention.Thirty360, "CNY");

        Assert.All(schedule.SkipLast(1), s => Assert.Equal(schedule[0].Payment, s.Payment));
        Assert.NotEqual(schedule[0].Payment, schedule[^1].Payment);
        Assert.Equal(10_000m, schedule.Sum(s => s.Principal));
        Assert.All(schedule, s => Assert.Equal(decimal.Round(s.Principal, 2), s.Principal));
    }

    [Fact]
    public void Flat_rate_schedule_charges_interest_on_the_original_amount()
    {
        var schedule = LoanSchedule.Build(10_000m, 0.05m, InterestMethod.FlatRate, 12, TestLoans.Booked, TestLoans.Booked.AddMonths(1),
            DayCountConvention.Thirty360, "CNY");

        Assert.Equal(500m, schedule.Sum(s => s.Interest));
        Assert.Equal(10_000m, schedule.Sum(s => s.Principal));
        Assert.Equal(833.33m, schedule[0].Principal);
        Assert.Equal(833.37m, schedule[^1].Principal);
        Assert.Equal(41.67m, schedule[0].Interest);
        Assert.Equal(41.63m, schedule[^1].Interest);
    }

    [Fact]
    public void Due_dates_keep_the_day_of_month_after_short_months()
    {
        var schedule = LoanSchedule.Build(3_000m, 0.1m, InterestMethod.DecliningBalance, 3, new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 31),
            DayCountConvention.Thirty360, "CNY");

        Assert.Equal([new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28), new DateOnly(2027, 3, 31)], schedule.Select(s => s.DueDate));
    }

    [Fact]
    public void Actual_365_charges_interest_for_the_days_in_each_period()
    {
        var schedule = LoanSchedule.Build(36_500m, 0.10m, InterestMethod.DecliningBalance, 12, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1),
            DayCountConvention.Actual365, "CNY");

        Assert.Equal(310m, schedule[0].Interest);
        Assert.Equal(36_500m, schedule.Sum(s => s.Principal));
    }

    [Theory]
    [InlineData("2026-01-10", "2026-02-10", 30)]
    [InlineData("2026-01-31", "2026-02-28", 28)]
    [InlineData("2026-01-30", "2026-03-31", 60)]
    [InlineData("2026-02-28", "2026-03-31", 33)]
    public void Thirty_360_counts_every_month_as_30_days(string from, string to, int days) =>
        Assert.Equal(days, DayCount.Days(DateOnly.Parse(from), DateOnly.Parse(to), DayCountConvention.Thirty360));
}
