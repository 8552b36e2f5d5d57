using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

/// <summary>A plan moves what is owed and creates nothing: interest stays interest, fees stay fees (issue 14).</summary>
public sealed class PlanMovesWhatIsOwedTests
{
    private static readonly ServicingPolicy Policy = new();

    /// <summary>12,000 at 12 % over 12 months, installments 1 and 2 unpaid and each charged a late fee.</summary>
    private static LoanAccount TwoInstallmentsBehind()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(TestLoans.Booked.AddMonths(2).AddDays(11));
        return loan;
    }

    private static void Activate(LoanAccount loan, PlanKind kind, int size) =>
        loan.Activate(loan.ProposePlan(kind, size, "lost overtime at work", "care", TestLoans.Now, Policy), "care", TestLoans.Now, Policy);

    private static decimal InterestDue(LoanAccount loan) => loan.Installments.Where(i => i.DueDate <= loan.AsOf).Sum(i => i.InterestOwed);

    [Theory]
    [InlineData(PlanKind.Defer, 2)]
    [InlineData(PlanKind.Reamortise, 0)]
    [InlineData(PlanKind.Extend, 6)]
    public void No_income_is_created_by_a_plan_principal_interest_and_fees_owed_are_the_same_right_after_activation_as_right_before(
        PlanKind kind, int size)
    {
        var loan = TwoInstallmentsBehind();
        var principal = loan.Installments.Sum(i => i.PrincipalOwed);
        var interest = loan.Installments.Sum(i => i.InterestOwed);
        var fees = loan.Installments.Sum(i => i.FeeOwed);
        var futureInterest = loan.Installments.Where(i => i.DueDate > loan.AsOf).Sum(i => i.InterestOwed);
        var future = loan.Installments.Count(i => i.DueDate > loan.AsOf);
        var firstFuture = loan.Installments.Where(i => i.DueDate > loan.AsOf).Min(i => i.DueDate);

        Activate(loan, kind, size);

        Assert.Equal(principal, loan.Installments.Sum(i => i.PrincipalOwed));
        Assert.Equal(fees, loan.Installments.Sum(i => i.FeeOwed));
        // Only an extension re-builds the schedule to come: its not-yet-accrued interest replaces the old one's.
        var rebuilt = kind == PlanKind.Extend
            ? LoanSchedule.Build(principal, loan.AnnualRate, InterestMethod.DecliningBalance, future + size, loan.AsOf, firstFuture,
                loan.DayCount, loan.Currency).Sum(i => i.Interest)
            : futureInterest;
        Assert.Equal(interest - futureInterest + rebuilt, loan.Installments.Sum(i => i.InterestOwed));
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Extension_keeps_overdue_interest_as_interest_and_late_fees_as_fees()
    {
        var loan = TwoInstallmentsBehind();
        Assert.Equal(230.54m, InterestDue(loan));  // 120.00 + 110.54
        Assert.Equal(106.62m, loan.Installments.Sum(i => i.FeeOwed));  // 5 % of 1,066.19, twice

        Activate(loan, PlanKind.Extend, 6);

        var next = loan.Installments.Where(i => i.DueDate > loan.AsOf).MinBy(i => i.DueDate)!;
        var scheduled = LoanSchedule.Build(
            loan.Installments.Sum(i => i.PrincipalOwed), loan.AnnualRate, InterestMethod.DecliningBalance, 16, loan.AsOf, next.DueDate,
            loan.DayCount, loan.Currency)[0];
        Assert.Equal(scheduled.Interest + 230.54m, next.Interest);
        Assert.Equal(106.62m, next.Fee);
        Assert.Equal(0m, InterestDue(loan));
    }

    [Fact]
    public void Refunding_late_fees_after_an_extension_refunds_only_the_late_fees_and_the_interest_stays_owed()
    {
        var loan = TwoInstallmentsBehind();
        Activate(loan, PlanKind.Extend, 6);
        var interest = loan.Installments.Sum(i => i.InterestOwed);

        var refunded = loan.RefundFees(10_000m, Policy);

        Assert.Equal(106.62m, refunded);
        Assert.Equal(interest, loan.Installments.Sum(i => i.InterestOwed));
        Assert.Equal(0m, loan.Installments.Sum(i => i.Fee));
        loan.AssertMoneyStaysRight();
    }
}
