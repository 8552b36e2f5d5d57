using BackOffice.BuildingBlocks.Errors;
using BackOffice.Servicing.Contracts;
using BackOffice.Servicing.Domain;

namespace BackOffice.Servicing.Tests;

public sealed class RepaymentPlanTests
{
    private static readonly DateOnly FirstDue = TestLoans.Booked.AddMonths(1);
    private static readonly ServicingPolicy Policy = new();

    private static LoanAccount TwoInstallmentsBehind()
    {
        var loan = TestLoans.Open();
        loan.CloseThrough(FirstDue.AddMonths(1).AddDays(10));
        return loan;
    }

    private static RepaymentPlan Propose(LoanAccount loan, PlanKind kind, int size, string by = "care") =>
        loan.ProposePlan(kind, size, "lost overtime at work", by, TestLoans.Now, Policy);

    [Fact]
    public void Deferral_moves_the_next_unpaid_installments_to_the_end_and_cures_the_arrears()
    {
        var loan = TwoInstallmentsBehind();
        var plan = Propose(loan, PlanKind.Defer, 2);

        loan.Activate(plan, "care", TestLoans.Now, Policy);

        Assert.Equal(LoanStatus.InPlan, loan.Status);
        Assert.Equal([FirstDue.AddMonths(12), FirstDue.AddMonths(13)], [loan.Number(1).DueDate, loan.Number(2).DueDate]);
        Assert.Null(loan.OldestUnpaidDueDate);
        loan.CloseThrough(loan.ClosedThrough.AddDays(1));
        Assert.Equal(0, loan.DaysPastDue);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Reamortisation_spreads_the_overdue_amounts_over_the_remaining_installments()
    {
        var loan = TwoInstallmentsBehind();
        var arrears = loan.Arrears;
        var remainingBefore = loan.Installments.Where(i => i.DueDate > loan.AsOf).Sum(i => i.Owed);

        loan.Activate(Propose(loan, PlanKind.Reamortise, 0), "care", TestLoans.Now, Policy);

        Assert.Equal(0m, loan.Arrears);
        Assert.Equal(remainingBefore + arrears, loan.Installments.Where(i => i.DueDate > loan.AsOf).Sum(i => i.Owed));
        Assert.Equal(10, loan.Installments.Count(i => i.DueDate > loan.AsOf));
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Extension_repays_what_is_owed_over_the_remaining_installments_plus_the_added_months()
    {
        var loan = TwoInstallmentsBehind();
        var principalOwed = loan.Installments.Sum(i => i.PrincipalOwed);

        loan.Activate(Propose(loan, PlanKind.Extend, 6), "care", TestLoans.Now, Policy);

        var future = loan.Installments.Where(i => i.DueDate > loan.AsOf).OrderBy(i => i.DueDate).ToList();
        Assert.Equal(16, future.Count);
        Assert.Equal(18, loan.TermMonths);
        Assert.Equal(Enumerable.Range(1, 18), loan.Installments.Select(i => i.Number).Order());
        Assert.Equal(principalOwed, future.Sum(i => i.PrincipalOwed));
        Assert.True(future[1].ScheduledPayment < loan.ScheduledPayment);
        loan.AssertMoneyStaysRight();
    }

    [Fact]
    public void Preview_changes_nothing()
    {
        var loan = TwoInstallmentsBehind();
        var before = loan.Snapshot();

        var preview = loan.PreviewPlan(PlanKind.Extend, 12, Policy);

        Assert.Equal(24, preview.Count);
        Assert.Equal(before, loan.Snapshot());
    }

    [Fact]
    public void Plan_above_the_limits_needs_a_second_person()
    {
        var loan = TwoInstallmentsBehind();
        var plan = Propose(loan, PlanKind.Extend, 12, by: "maker");
        Assert.True(plan.NeedsApproval);

        Assert.Throws<BusinessRuleException>(() => loan.Activate(plan, "maker", TestLoans.Now, Policy));
        Assert.Equal(LoanStatus.Delinquent, loan.Status);

        loan.Activate(plan, "checker", TestLoans.Now, Policy);
        Assert.Equal(PlanStatus.InForce, plan.Status);
        Assert.Equal("checker", plan.DecidedBy);
    }

    [Fact]
    public void Plan_within_the_limits_needs_no_second_person()
    {
        var loan = TwoInstallmentsBehind();

        Assert.False(Propose(loan, PlanKind.Defer, 2).NeedsApproval);
        Assert.True(Propose(loan, PlanKind.Defer, 3).NeedsApproval);
    }

    [Fact]
    public void Falling_behind_on_a_plan_breaks_it()
    {
        var loan = TwoInstallmentsBehind();
        loan.Activate(Propose(loan, PlanKind.Defer, 2), "care", TestLoans.Now, Policy);
        var nextDue = loan.NextDueDate!.Value;

        var days = loan.CloseThrough(nextDue.AddDays(Policy.PlanBreakDays + 1));

        Assert.Single(days, d => d.PlanBroken);
        Assert.Equal(LoanStatus.Delinquent, loan.Status);
    }

    [Fact]
    public void Reamortising_without_arrears_is_refused()
    {
        var loan = TestLoans.Open();

        Assert.Throws<BusinessRuleException>(() => Propose(loan, PlanKind.Reamortise, 0));
    }
}
