using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

public sealed class CloseOfBusinessDayTests
{
    private static readonly DateOnly FirstDue = TestLoans.Booked.AddMonths(1);

    [Fact]
    public void Installment_is_due_on_its_date_and_overdue_the_day_after()
    {
        var loan = TestLoans.Open();

        loan.CloseThrough(FirstDue);
        Assert.Equal(InstallmentStatus.Due, loan.Number(1).Status);
        Assert.Equal(0, loan.DaysPastDue);
        Assert.Equal(LoanStatus.Active, loan.Status);

        loan.CloseThrough(FirstDue.AddDays(1));
        Assert.Equal(InstallmentStatus.Overdue, loan.Number(1).Status);
        Assert.Equal(1, loan.DaysPastDue);
        Assert.Equal("1-29", loan.Bucket);
        Assert.Equal(LoanStatus.Delinquent, loan.Status);
    }

    [Theory]
    [InlineData(29, "1-29")]
    [InlineData(30, "30-59")]
    [InlineData(59, "30-59")]
    [InlineData(60, "60-89")]
    [InlineData(90, "90+")]
    public void Days_past_due_fall_in_the_configured_buckets(int days, string bucket)
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(days));

        Assert.Equal(days, loan.DaysPastDue);
        Assert.Equal(bucket, loan.Bucket);
    }

    [Fact]
    public void Buckets_follow_the_configured_ranges()
    {
        var policy = new ServicingPolicy { BucketStarts = [1, 15, 45] };

        Assert.Equal(["current", "1-14", "15-44", "45+"], Enumerable.Range(0, 201).Where(d => d is 0 or 14 or 15 or 200).Select(policy.BucketFor));
    }

    [Fact]
    public void Late_fee_is_charged_once_after_the_grace_period_and_capped()
    {
        var policy = new ServicingPolicy { GraceDays = 5, LateFeeRate = 0.05m, LateFeeCap = 50m };
        var loan = TestLoans.Open(policy: policy);

        loan.CloseThrough(FirstDue.AddDays(5), policy);
        Assert.Equal(0m, loan.Number(1).Fee);

        var sixth = loan.CloseThrough(FirstDue.AddDays(6), policy).Single();
        Assert.Equal(50m, loan.Number(1).Fee);
        Assert.Equal(50m, sixth.FeesCharged);

        loan.CloseThrough(FirstDue.AddDays(40), policy);
        Assert.Equal(50m, loan.Number(1).Fee);
        Assert.Equal(50m, loan.Number(2).Fee);
    }

    [Fact]
    public void Installment_paid_within_the_grace_period_earns_no_fee()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(3));
        loan.Pay(loan.ScheduledPayment, FirstDue.AddDays(3));

        var days = loan.CloseThrough(FirstDue.AddDays(10));

        Assert.Equal(0m, loan.Number(1).Fee);
        Assert.Equal(0, loan.DaysPastDue);
        Assert.Contains(days, d => d.Cured);
    }

    [Fact]
    public void Closing_a_date_twice_changes_nothing()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(7));
        var before = loan.Snapshot() + loan.AccruedInterest + loan.DaysPastDue;

        var again = loan.CloseDay(FirstDue.AddDays(7), new ServicingPolicy());
        var earlier = loan.CloseDay(FirstDue.AddDays(2), new ServicingPolicy());

        Assert.Same(DayClosed.Nothing, again);
        Assert.Same(DayClosed.Nothing, earlier);
        Assert.Equal(before, loan.Snapshot() + loan.AccruedInterest + loan.DaysPastDue);
    }

    [Fact]
    public void Interest_accrues_daily_from_the_last_due_date()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(TestLoans.Booked.AddDays(10));

        Assert.Equal(40m, loan.AccruedInterest);
    }

    [Fact]
    public void Interest_accrues_on_the_next_installment_from_the_due_date_of_one_paid_ahead()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(-3));
        loan.Pay(loan.ScheduledPayment, FirstDue.AddDays(-3));

        loan.CloseThrough(FirstDue.AddDays(10));

        Assert.Equal(FirstDue.AddMonths(1), loan.AccrualPeriodEnd);
        var second = loan.Number(2);
        Assert.Equal(Math.Round((second.Interest - second.InterestWaived) * 10 / 30, 2), loan.AccruedInterest);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void A_missed_date_closed_later_still_charges_the_fee_and_counts_the_days()
    {
        var loan = TestLoans.Open();

        loan.CloseDay(FirstDue.AddDays(20), new ServicingPolicy());

        Assert.Equal(20, loan.DaysPastDue);
        Assert.True(loan.Number(1).Fee > 0m);
    }

    [Fact]
    public void Cure_is_reported_when_a_delinquent_loan_is_current_again()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddDays(35));
        Assert.Equal("30-59", loan.Bucket);
        loan.Pay(loan.AmountOverdue, FirstDue.AddDays(35));

        var next = loan.CloseDay(FirstDue.AddDays(36), new ServicingPolicy());

        Assert.True(next.Cured);
        Assert.Equal("30-59", next.PreviousBucket);
        Assert.Equal(DelinquencyBuckets.Current, loan.Bucket);
        Assert.Equal(LoanStatus.Active, loan.Status);
    }

    [Fact]
    public void Loan_is_charged_off_at_the_configured_days_past_due()
    {
        var policy = new ServicingPolicy { ChargeOffDays = 120 };
        var loan = TestLoans.Open(policy: policy);
        loan.CloseThrough(FirstDue.AddDays(119), policy);
        Assert.Equal(LoanStatus.Delinquent, loan.Status);

        loan.CloseThrough(FirstDue.AddDays(120), policy);

        Assert.Equal(LoanStatus.ChargedOff, loan.Status);
    }

    [Fact]
    public void Early_warning_is_raised_once_for_a_current_loan_paid_late_and_short()
    {
        var loan = TestLoans.Open(income: 2_000m);
        for (var month = 0; month < 3; month++)
        {
            var due = FirstDue.AddMonths(month);
            loan.CloseThrough(due.AddDays(4));
            loan.Pay(decimal.Round(loan.ScheduledPayment / 2, 2), due.AddDays(4));
            loan.Pay(loan.Number(month + 1).Owed, due.AddDays(4));
        }

        var days = loan.CloseThrough(FirstDue.AddMonths(3).AddDays(-1));

        Assert.Equal(1, days.Count(d => d.EarlyWarningRaised));
        Assert.Equal(DelinquencyBuckets.Current, loan.Bucket);
        Assert.True(loan.EarlyWarningScore >= 40);
        Assert.Contains("late-payments:3", loan.EarlyWarningReasons);
        Assert.Contains("drift:4", loan.EarlyWarningReasons);
        Assert.Contains("payment-to-income:0.53", loan.EarlyWarningReasons);
    }

    [Fact]
    public void A_loan_paid_on_time_by_a_borrower_with_room_scores_nothing()
    {
        var loan = TestLoans.Open();
        loan.Pay(loan.ScheduledPayment, FirstDue.AddDays(-2));
        loan.CloseThrough(FirstDue.AddDays(10));

        Assert.Equal(0, loan.EarlyWarningScore);
        Assert.Equal("", loan.EarlyWarningReasons);
    }

    [Fact]
    public void The_run_reads_installments_only_on_days_one_changes()
    {
        var loan = TestLoans.Open();

        Assert.False(loan.NeedsInstallmentsOn(FirstDue.AddDays(-1)));
        Assert.True(loan.NeedsInstallmentsOn(FirstDue));
        loan.CloseThrough(FirstDue);
        Assert.True(loan.NeedsInstallmentsOn(FirstDue.AddDays(1)));
        loan.CloseThrough(FirstDue.AddDays(1));
        Assert.False(loan.NeedsInstallmentsOn(FirstDue.AddDays(5)));
        Assert.True(loan.NeedsInstallmentsOn(FirstDue.AddDays(6)));
    }
}
